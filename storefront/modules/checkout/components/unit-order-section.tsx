import { PO_NUMBER_MAX_LENGTH, UNIT_NOTE_MAX_LENGTH } from "@shared/cart"
import styles from "@/modules/common/shop.module.css"

/** 采购单号 and 备注, shown to a verified unit's 管理员 and 采购员 (the server checks it again). */
export function UnitOrderSection({
  state,
  m,
}: {
  state: { values: Record<string, string>; errors: Partial<Record<string, string>> }
  m: (key: string) => string
}) {
  const field = (name: "po_number" | "unit_note") => ({
    id: `checkout-${name}`,
    name,
    defaultValue: state.values[name] ?? "",
    "aria-invalid": state.errors[name] ? true : undefined,
    "aria-describedby": state.errors[name] ? `${name}-error` : undefined,
  })
  const error = (name: "po_number" | "unit_note") =>
    state.errors[name] && (
      <p id={`${name}-error`} className={styles.error} data-testid={`error-${name}`}>
        {state.errors[name]}
      </p>
    )
  return (
    <section className={styles.card} aria-labelledby="unit-order-heading">
      <h2 id="unit-order-heading">{m("unitOrder.heading")}</h2>
      <p className={styles.hint}>{m("unitOrder.hint")}</p>
      <label htmlFor="checkout-po_number">{m("unitOrder.poNumber")}</label>
      <input
        className={styles.input}
        maxLength={PO_NUMBER_MAX_LENGTH}
        autoComplete="off"
        data-testid="po-number"
        {...field("po_number")}
      />
      {error("po_number")}
      <label htmlFor="checkout-unit_note">{m("unitOrder.note")}</label>
      <textarea
        className={styles.input}
        maxLength={UNIT_NOTE_MAX_LENGTH}
        rows={3}
        data-testid="unit-note"
        {...field("unit_note")}
      />
      {error("unit_note")}
    </section>
  )
}
