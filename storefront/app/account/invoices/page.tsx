import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { AccountShell } from "@/components/account/account-shell"
import { InvoiceTitleForm } from "@/components/account/forms"
import styles from "@/components/checkout/shop.module.css"
import { deleteInvoiceTitleAction } from "@/lib/actions/account"
import { invoiceTitlesOf, retrieveCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.invoices.heading"), robots: { index: false } }

export default async function InvoicesPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  const titles = invoiceTitlesOf(customer)
  return (
    <AccountShell customer={customer} current="invoices">
      <section className={styles.card} aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">{t("account.invoices.heading")}</h2>
        <p className={styles.hint}>{t("account.invoices.intro")}</p>
        {titles.length === 0 ? (
          <p>{t("account.invoices.empty")}</p>
        ) : (
          <ul className={styles.lines} data-testid="invoice-titles">
            {titles.map((title) => (
              <li
                key={title.id}
                className={styles.line}
                style={{ gridTemplateColumns: "1fr auto" }}
              >
                <p className={styles.lineMeta}>
                  <strong>{title.title}</strong>
                  <br />
                  {title.tax_id}
                </p>
                <form action={deleteInvoiceTitleAction}>
                  <input type="hidden" name="invoice_id" value={title.id} />
                  <button
                    type="submit"
                    className={styles.linkButton}
                    aria-label={t("account.invoices.deleteLabel", { title: title.title })}
                  >
                    {t("account.invoices.delete")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.card}>
        <InvoiceTitleForm messages={messagesOf("account")} />
      </section>
    </AccountShell>
  )
}
