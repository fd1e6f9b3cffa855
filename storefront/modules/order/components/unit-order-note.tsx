import type { UnitOrderNote as Note } from "@http/unit-order"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** A unit order's 采购单号 and 备注 (GET /store/orders/:id/unit-order); nothing without them. */
export function UnitOrderNote({ note }: { note: Note | null }) {
  if (!note || (!note.po_number && !note.unit_note)) return null
  return (
    <dl className={styles.bank} data-testid="unit-order-note">
      {note.po_number && (
        <>
          <dt>{t("checkout.unitOrder.poNumber")}</dt>
          <dd data-testid="order-po-number">{note.po_number}</dd>
        </>
      )}
      {note.unit_note && (
        <>
          <dt>{t("checkout.unitOrder.note")}</dt>
          <dd style={{ whiteSpace: "pre-line" }}>{note.unit_note}</dd>
        </>
      )}
    </dl>
  )
}
