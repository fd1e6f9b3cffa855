import { StatusBadge } from "@medusajs/ui"
import type { BulkOrderStatus, BulkPaymentProgress } from "../../../types/http/bulk-order"
import { useT } from "../../i18n/use-t"

const COLORS = {
  awaiting_payment: "orange",
  paying: "blue",
  paid: "green",
  canceled: "grey",
} as const

/** Whether a bulk order awaiting payment is past its deadline (the hourly job cancels it soon). */
export const isOverdue = (order: { status: BulkOrderStatus; payment_deadline: string }) =>
  order.status === "awaiting_payment" && new Date(order.payment_deadline).getTime() < Date.now()

/** 待付款 / 付款处理中 / 已付款 / 已取消, and 已逾期 beside 待付款 once the deadline has passed. */
export const BulkOrderStatusBadge = ({
  order,
}: {
  order: {
    status: BulkOrderStatus
    payment_deadline: string
    payment_progress?: BulkPaymentProgress | null
  }
}) => {
  const progress = order.status === "paying" ? order.payment_progress : null
  const t = useT()
  return (
    <span className="inline-flex items-center gap-x-1">
      <StatusBadge
        color={COLORS[order.status]}
        className="whitespace-nowrap"
        data-testid="bulk-order-status"
      >
        {t(`bulkOrder.status.${order.status}`)}
      </StatusBadge>
      {progress ? (
        <span className="text-ui-fg-subtle txt-compact-small tabular-nums">
          {progress.captured}/{progress.total}
        </span>
      ) : null}
      {progress?.error ? (
        <StatusBadge color="red" className="whitespace-nowrap">
          {t("bulkOrder.progress.alert")}
        </StatusBadge>
      ) : null}
      {isOverdue(order) ? (
        <StatusBadge color="red" className="whitespace-nowrap">
          {t("bulkOrder.overdue")}
        </StatusBadge>
      ) : null}
    </span>
  )
}
