import { StatusBadge } from "@medusajs/ui"
import type { InvoiceStatus } from "../../../types/http/invoice"
import { useT } from "../../i18n/use-t"

const COLORS = {
  pending: "orange",
  issued: "green",
  needs_reversal: "red",
  reversed: "grey",
} as const

/** 待开票 / 已开票 / 待红冲 / 已红冲 */
export const InvoiceStatusBadge = ({ status }: { status: InvoiceStatus }) => {
  const t = useT()
  return (
    <StatusBadge color={COLORS[status]} className="whitespace-nowrap" data-testid="invoice-status">
      {t(`invoice.status.${status}`)}
    </StatusBadge>
  )
}
