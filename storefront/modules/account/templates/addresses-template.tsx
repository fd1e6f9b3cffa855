import { deleteAddressAction } from "@/lib/actions/account"
import { provinces } from "@/lib/address/regions"
import type { StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AccountShell } from "../components/account-shell"
import { AddressForm } from "../components/address-form"
import { SavedItem } from "../components/saved-item"

/** The customer's saved addresses and the form for a new one. */
export function AddressesTemplate({ customer }: { customer: StoreCustomer }) {
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
                <SavedItem
                  key={address.id}
                  action={deleteAddressAction}
                  idName="address_id"
                  id={address.id}
                  deleteLabel={t("account.addresses.deleteLabel", { address: text })}
                  deleteText={t("account.addresses.delete")}
                >
                  {address.first_name} {address.phone}
                  <br />
                  {text}
                </SavedItem>
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
