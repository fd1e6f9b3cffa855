import { StatusBadge } from "@medusajs/ui"
import type { ReconciliationStatus } from "../../../types/http/payment-reconciliations"
import { useT } from "../../i18n/use-t"

const COLORS = { balanced: "green", differences: "orange", failed: "red" } as const

/** 已平账 / 有差异 / 账单读取失败 */
export const ReconciliationStatusBadge = ({ status }: { status: ReconciliationStatus }) => {
  const t = useT()
  return (
    <StatusBadge
      color={COLORS[status]}
      className="whitespace-nowrap"
      data-testid="reconciliation-status"
    >
      {t(`paymentReconciliation.status.${status}`)}
    </StatusBadge>
  )
}
