import { type UIMatch, useParams } from "react-router-dom"
import { yuanText } from "../../../components/aid/format"
import {
  BulkOrderFacts,
  BulkOrderNoticeButton,
  BulkOrderRemittances,
} from "../../../components/bulk-orders/bulk-order-sections"
import { BulkOrderParcels } from "../../../components/bulk-orders/parcels"
import { BulkOrderPaymentProgress } from "../../../components/bulk-orders/payment-progress"
import { BulkOrderStatusBadge } from "../../../components/bulk-orders/status-badge"
import { BulkOrderCrumb } from "../../../components/crumbs"
import { DetailHeader, DetailPage } from "../../../components/detail"
import { useBulkOrder } from "../../../hooks/api/bulk-orders"
import { useT } from "../../../i18n/use-t"

/** One bulk order: its facts, the 付款通知书, the credits that pay it and each recipient's order. */
const BulkOrderDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  // while paying, the progress refreshes every few seconds until the bulk order is paid
  const query = useBulkOrder(id, {
    refetchInterval: (q) => (q.state.data?.bulk_order.status === "paying" ? 3000 : false),
  })
  return (
    <DetailPage query={query} notFound={t("bulkOrder.notFound")}>
      {({ bulk_order: order }) => (
        <div className="flex flex-col gap-y-3" data-testid="bulk-order-detail">
          <DetailHeader
            title={order.reference}
            titleTestId="bulk-order-reference"
            badges={<BulkOrderStatusBadge order={order} />}
            subtitle={[
              order.unit?.name,
              yuanText(t, order.amount),
              t("bulkOrder.detail.parcels", { count: order.parcels }),
            ]
              .filter(Boolean)
              .join(" · ")}
            subtitleClassName="tabular-nums"
            actions={<BulkOrderNoticeButton order={order} />}
          />
          <BulkOrderPaymentProgress order={order} />
          <div className="grid grid-cols-1 items-start gap-3 lg:grid-cols-2">
            <BulkOrderFacts order={order} />
            <BulkOrderRemittances order={order} />
          </div>
          <BulkOrderParcels order={order} />
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <BulkOrderCrumb id={params.id ?? ""} />,
}

export default BulkOrderDetailPage
