import { deleteInvoiceTitleAction } from "@/lib/actions/account"
import { invoiceTitlesOf, type StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AccountShell } from "../components/account-shell"
import { InvoiceTitleForm } from "../components/account-forms"
import { SavedItem } from "../components/saved-item"

/** The customer's 发票 titles and the form for a new one. */
export function InvoicesTemplate({ customer }: { customer: StoreCustomer }) {
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
              <SavedItem
                key={title.id}
                action={deleteInvoiceTitleAction}
                idName="invoice_id"
                id={title.id}
                deleteLabel={t("account.invoices.deleteLabel", { title: title.title })}
                deleteText={t("account.invoices.delete")}
              >
                <strong>{title.title}</strong>
                <br />
                {title.tax_id}
              </SavedItem>
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
