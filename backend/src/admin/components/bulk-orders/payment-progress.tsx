import { Text } from "@medusajs/ui"
import type { AdminBulkOrder } from "../../../types/http/bulk-order"
import { useT } from "../../i18n/use-t"

/**
 * 付款处理中: the remittance is applied and the worker captures the orders in
 * the background; how many are done, and the error when captures keep failing.
 */
export const BulkOrderPaymentProgress = ({ order }: { order: AdminBulkOrder }) => {
  const t = useT()
  const progress = order.payment_progress
  if (order.status !== "paying" || !progress) return null
  const percent = progress.total ? Math.floor((progress.captured / progress.total) * 100) : 0
  return (
    <div
      className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg px-6 py-4"
      data-testid="bulk-order-payment-progress"
    >
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" weight="plus">
          {t("bulkOrder.progress.label")}
        </Text>
        <Text size="small" className="tabular-nums">
          {t("bulkOrder.progress.value", { captured: progress.captured, total: progress.total })}
        </Text>
      </div>
      <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
        <div className="bg-ui-fg-interactive h-full" style={{ width: `${percent}%` }} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("bulkOrder.progress.hint")}
      </Text>
      {progress.error ? (
        <Text size="small" className="text-ui-fg-error" data-testid="bulk-order-payment-error">
          {t("bulkOrder.progress.failed", { count: progress.failures, error: progress.error })}
        </Text>
      ) : null}
    </div>
  )
}
