import {
  type StoreUnitResponse,
  UNIT_INVOICE_TYPE_LABELS,
  UNIT_KIND_LABELS,
  UNIT_MEMBER_ROLE_LABELS,
  UNIT_STATUS_LABELS,
} from "@http/unit"
import { formatDateTime } from "@/lib/checkout/format"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** The unit's status (待审核 / 已认证 / 已停用, with what it means), the member's role and the unit's details. */
export function UnitDetails({ unit, role }: Pick<StoreUnitResponse, "unit" | "role">) {
  const d = (key: string) => t(`unit.details.${key}`)
  const { invoice } = unit
  const [contact] = unit.contacts
  const rows: [string, string | null | undefined][] = [
    [d("name"), unit.name],
    [d("kind"), UNIT_KIND_LABELS[unit.kind]],
    [d("creditCode"), unit.credit_code],
    [d("headcount"), unit.headcount == null ? null : String(unit.headcount)],
    [
      d("contact"),
      contact && t("unit.details.contactLine", { name: contact.name, mobile: contact.mobile }),
    ],
    [d("invoiceType"), UNIT_INVOICE_TYPE_LABELS[invoice.type]],
    [d("invoiceTitle"), invoice.title],
    [d("taxId"), invoice.tax_id],
    [d("registeredAddress"), invoice.registered_address],
    [d("registeredPhone"), invoice.registered_phone],
    [d("bankName"), invoice.bank_name],
    [d("bankAccount"), invoice.bank_account],
    [d("verifiedAt"), unit.verified_at && formatDateTime(unit.verified_at)],
  ]
  return (
    <section className={styles.card} aria-labelledby="unit-heading" data-testid="unit-details">
      <h2 id="unit-heading">{unit.name}</h2>
      <p>
        {t("unit.status.label")}
        <strong data-testid="unit-status" data-status={unit.status}>
          {UNIT_STATUS_LABELS[unit.status]}
        </strong>
      </p>
      <p className={styles.hint}>{t(`unit.status.${unit.status}Hint`)}</p>
      {unit.status === "disabled" && unit.reason && (
        <p className={styles.hint}>{t("unit.status.reason", { reason: unit.reason })}</p>
      )}
      <p data-testid="unit-role">{t("unit.yourRole", { role: UNIT_MEMBER_ROLE_LABELS[role] })}</p>
      <dl className={styles.bank}>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  )
}
