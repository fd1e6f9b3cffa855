import type { BulkOrderStatus } from "@http/bulk-order"
import { t } from "@/lib/messages"
import bulk from "../../bulk.module.css"

/** 待付款 / 付款处理中 / 已付款 / 已取消 */
export function BulkStatus({ status, testId }: { status: BulkOrderStatus; testId?: string }) {
  return (
    <span className={bulk.status} data-status={status} data-testid={testId}>
      {t(`bulk.status.${status}`)}
    </span>
  )
}
