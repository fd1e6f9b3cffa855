import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { AccountShell } from "@/components/account/account-shell"
import { AddressForm } from "@/components/account/forms"
import styles from "@/components/checkout/shop.module.css"
import { deleteAddressAction } from "@/lib/actions/account"
import { provinces } from "@/lib/address/regions"
import { retrieveCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: t("account.addresses.heading"),
  robots: { index: false },
}

export default async function AddressesPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  const addresses = customer.addresses ?? []
  return (
    <AccountShell customer={customer} current="addresses">
      <section className={styles.card} aria-labelledby="addresses-heading">
        <h2 id="addresses-heading">{t("account.addresses.heading")}</h2>
        {addresses.length === 0 ? (
          <p>{t("account.addresses.empty")}</p>
        ) : (
          <ul className={styles.lines} data-testid="saved-addresses">
            {addresses.map((address) => {
              const text = `${address.province ?? ""} ${address.city ?? ""} ${address.address_1 ?? ""} ${address.address_2 ?? ""}`
              return (
                <li
                  key={address.id}
                  className={styles.line}
                  style={{ gridTemplateColumns: "1fr auto" }}
                >
                  <p className={styles.lineMeta}>
                    {address.first_name} {address.phone}
                    <br />
                    {text}
                  </p>
                  <form action={deleteAddressAction}>
                    <input type="hidden" name="address_id" value={address.id} />
                    <button
                      type="submit"
                      className={styles.linkButton}
                      aria-label={t("account.addresses.deleteLabel", { address: text })}
                    >
                      {t("account.addresses.delete")}
                    </button>
                  </form>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <section className={styles.card} aria-labelledby="address-add-heading">
        <h2 id="address-add-heading">{t("account.addresses.add")}</h2>
        <AddressForm
          messages={messagesOf("account")}
          checkoutMessages={messagesOf("checkout")}
          provinces={provinces().map(({ code, name }) => ({ code, name }))}
        />
      </section>
    </AccountShell>
  )
}
