import { StatusBadge } from "@medusajs/ui"
import type { RemittanceStatus } from "../../../types/http/remittances"
import { useT } from "../../i18n/use-t"

const COLORS = {
  matched: "green",
  underpaid: "orange",
  overpaid: "orange",
  name_mismatch: "orange",
  unmatched: "red",
} as const

/** 已匹配 / 少付 / 多付 / 户名不符 / 未匹配 */
export const RemittanceStatusBadge = ({ status }: { status: RemittanceStatus }) => {
  const t = useT()
  return (
    <StatusBadge
      color={COLORS[status]}
      className="whitespace-nowrap"
      data-testid="remittance-status"
    >
      {t(`remittance.status.${status}`)}
    </StatusBadge>
  )
}
