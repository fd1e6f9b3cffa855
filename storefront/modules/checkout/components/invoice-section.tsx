import { INVOICE_CHOICE, invoiceField } from "@/lib/checkout/invoice"
import styles from "@/modules/common/shop.module.css"
import { TextField } from "@/modules/common/components/field"
import own from "./invoice-section.module.css"

/** The 发票 fields after the kind, with their message keys and input hints; `special`: 专票 only. */
const FIELDS = [
  { name: "title", label: "invoice.title", autoComplete: "organization" },
  { name: "tax_id", label: "invoice.taxId", maxLength: 24 },
  { name: "registered_address", label: "invoice.registeredAddress", special: true },
  { name: "registered_phone", label: "invoice.registeredPhone", type: "tel", special: true },
  { name: "bank_name", label: "invoice.bankName", special: true },
  { name: "bank_account", label: "invoice.bankAccount", inputMode: "numeric", special: true },
  { name: "email", label: "invoice.email", type: "email", autoComplete: "email" },
] as const

const KINDS = [
  { value: "", label: "invoice.none" },
  { value: "normal", label: "invoice.normal" },
  { value: "special", label: "invoice.special" },
] as const

/**
 * 开具发票 (optional): 不开发票, 普票 or 专票, the 抬头 prefilled (the unit's
 * invoice details for a unit member, else the first saved 抬头), editable.
 * The request is made for the order once it is paid (docs/invoices.md).
 */
export function InvoiceSection({
  state,
  m,
}: {
  state: { values: Record<string, string>; errors: Partial<Record<string, string>> }
  m: (key: string) => string
}) {
  const kind = state.values[INVOICE_CHOICE] ?? ""
  const kindError = state.errors[INVOICE_CHOICE]
  return (
    <section
      className={`${styles.card} ${own.section}`}
      aria-labelledby="invoice-heading"
      data-testid="checkout-invoice"
    >
      <h2 id="invoice-heading">{m("invoice.heading")}</h2>
      <fieldset
        className={styles.fieldset}
        aria-describedby={kindError ? "invoice-kind-error" : "invoice-hint"}
      >
        <legend className={styles.visuallyHidden}>{m("invoice.heading")}</legend>
        {KINDS.map((choice) => (
          <label key={choice.value || "none"} className={styles.choice}>
            <input
              type="radio"
              name={INVOICE_CHOICE}
              value={choice.value}
              defaultChecked={kind === choice.value}
              data-no-invoice={choice.value === "" ? true : undefined}
              data-normal-invoice={choice.value === "normal" ? true : undefined}
              data-testid={`invoice-kind-${choice.value || "none"}`}
            />
            <span className={styles.choiceText}>{m(choice.label)}</span>
          </label>
        ))}
        <p id="invoice-hint" className={styles.hint}>
          {m("invoice.hint")}
        </p>
        {kindError && (
          <p id="invoice-kind-error" className={styles.error} data-testid="error-invoice_kind">
            {kindError}
          </p>
        )}
      </fieldset>
      <div className={own.details}>
        {FIELDS.map(({ name, label, ...field }) => {
          const { special, ...input } = { special: false, ...field }
          return (
            <div key={name} className={special ? own.special : undefined}>
              <TextField
                idPrefix="checkout"
                name={invoiceField(name)}
                defaultValue={state.values[invoiceField(name)] ?? ""}
                error={state.errors[invoiceField(name)]}
                label={m(label)}
                {...input}
              />
            </div>
          )
        })}
      </div>
    </section>
  )
}
