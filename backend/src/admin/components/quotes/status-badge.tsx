import { StatusBadge } from "@medusajs/ui"
import type { QuoteStatus } from "../../../types/http/quote"
import { useT } from "../../i18n/use-t"

const COLORS = {
  requested: "orange",
  quoted: "blue",
  accepted: "green",
  declined: "red",
  expired: "grey",
  cancelled: "grey",
} as const

/** 待报价 / 已报价 / 已接受 / 已拒绝 / 已过期 / 已取消 */
export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => {
  const t = useT()
  return (
    <StatusBadge color={COLORS[status]} className="whitespace-nowrap" data-testid="quote-status">
      {t(`quote.status.${status}`)}
    </StatusBadge>
  )
}
