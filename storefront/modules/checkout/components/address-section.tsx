import { fieldOf, TextField, type FieldsState } from "@/modules/common/components/field"
import styles from "@/modules/common/shop.module.css"
import { RegionFields, type RegionState } from "./region-fields"

type Division = { code: string; name: string }

/** The buyer's contact: a mobile (SMS) or an e-mail for the order's news. */
export function ContactSection({ state, m }: { state: FieldsState; m: (key: string) => string }) {
  return (
    <section className={styles.card} aria-labelledby="contact-heading">
      <h2 id="contact-heading">{m("contact.heading")}</h2>
      <TextField
        {...fieldOf(state, "contact")}
        label={m("contact.label")}
        hint={m("contact.hint")}
        autoComplete="email"
      />
    </section>
  )
}

/** The delivery address: recipient, mobile, province → city → district, street, detail, postal code. */
export function AddressSection({
  state,
  provinces,
  m,
}: {
  state: RegionState
  provinces: Division[]
  m: (key: string) => string
}) {
  return (
    <section className={styles.card} aria-labelledby="address-heading">
      <h2 id="address-heading">{m("address.heading")}</h2>
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...fieldOf(state, "recipient")}
          label={m("address.recipient")}
          autoComplete="name"
        />
        <TextField
          {...fieldOf(state, "phone")}
          label={m("address.phone")}
          hint={m("address.phoneHint")}
          type="tel"
          inputMode="numeric"
          maxLength={11}
          autoComplete="tel-national"
        />
      </div>
      <RegionFields state={state} provinces={provinces} m={m} />
      <TextField
        {...fieldOf(state, "street")}
        label={m("address.street")}
        hint={m("address.streetHint")}
        autoComplete="address-line1"
      />
      <TextField
        {...fieldOf(state, "detail")}
        label={m("address.detail")}
        hint={m("address.detailHint")}
        autoComplete="address-line2"
      />
      <TextField
        {...fieldOf(state, "postal_code")}
        label={m("address.postalCode")}
        inputMode="numeric"
        maxLength={6}
        autoComplete="postal-code"
      />
    </section>
  )
}
