import Link from "next/link"
import type { BulkOrderSummary } from "@http/bulk-order"
import { chinaDateTimeShort } from "@shared/china-time"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import bulk from "../../bulk.module.css"
import { BulkStatus } from "./bulk-status"

/** The unit's bulk orders, newest first: reference, when, amount, parcels, status, deadline. */
export function BulkOrderList({ orders }: { orders: BulkOrderSummary[] }) {
  if (!orders.length) return <p data-testid="bulk-orders-empty">{t("bulk.list.empty")}</p>
  return (
    <ul className={bulk.parcels} data-testid="bulk-orders">
      {orders.map((order) => (
        <li key={order.id} className={bulk.parcel} data-testid="bulk-order-row" data-id={order.id}>
          <h3>
            <Link href={`/unit/bulk-orders/${order.id}`}>{order.reference}</Link>{" "}
            <BulkStatus status={order.status} testId="bulk-order-status" />
          </h3>
          <dl className={bulk.facts}>
            <dt>{t("bulk.list.amount")}</dt>
            <dd>{formatYuan(order.amount)}</dd>
            <dt>{t("bulk.list.parcels")}</dt>
            <dd>{t("bulk.list.parcelCount", { count: order.parcels })}</dd>
            <dt>{t("bulk.list.created")}</dt>
            <dd>{chinaDateTimeShort(order.created_at)}</dd>
            {order.status === "paying" && order.payment_progress && (
              <>
                <dt>{t("bulk.list.progress")}</dt>
                <dd data-testid="bulk-order-progress">
                  {order.payment_progress.captured} / {order.payment_progress.total}
                </dd>
              </>
            )}
            {order.status === "awaiting_payment" && (
              <>
                <dt>{t("bulk.list.deadline")}</dt>
                <dd>{chinaDateTimeShort(order.payment_deadline)}</dd>
              </>
            )}
            {order.po_number && (
              <>
                <dt>{t("bulk.detail.poNumber")}</dt>
                <dd>{order.po_number}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  )
}
