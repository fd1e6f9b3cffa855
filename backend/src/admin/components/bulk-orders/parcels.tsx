import { StatusBadge } from "@medusajs/ui"
import type { AdminBulkOrder, BulkOrderParcel } from "../../../types/http/bulk-order"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { yuanText } from "../aid/format"
import { DataTable, type DataTableColumn, RowLink } from "../data-table"
import { DetailSection } from "../detail"

const FULFILLMENT_COLORS: Record<string, "green" | "blue" | "orange" | "grey"> = {
  delivered: "green",
  shipped: "blue",
  partially_shipped: "blue",
  partially_delivered: "blue",
  canceled: "grey",
}

/** Medusa's payment status of each order (a refund of one parcel shows on that parcel). */
const PAYMENT_COLORS: Record<string, "green" | "orange" | "grey" | "blue" | "red"> = {
  captured: "green",
  partially_refunded: "blue",
  refunded: "grey",
  canceled: "grey",
  requires_action: "red",
}
const PAYMENT_KEYS = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const

/** A parcel's recipient, mobile and address columns (a bulk order's parcels, a bulk-order quote's). */
export const recipientColumns = <T extends { recipient: string; mobile: string; address: string }>(
  t: TranslateFn
): DataTableColumn<T>[] => [
  {
    key: "recipient",
    header: t("bulkOrder.orders.recipient"),
    className: "whitespace-nowrap",
    cell: (parcel) => parcel.recipient,
  },
  {
    key: "mobile",
    header: t("bulkOrder.orders.mobile"),
    className: "whitespace-nowrap tabular-nums",
    cell: (parcel) => parcel.mobile,
  },
  {
    key: "address",
    header: t("bulkOrder.orders.address"),
    className: "max-w-[220px] truncate",
    title: (parcel) => parcel.address,
    cell: (parcel) => parcel.address,
  },
]

const parcelColumns = (t: TranslateFn): DataTableColumn<BulkOrderParcel>[] => [
  {
    key: "order",
    header: t("bulkOrder.orders.order"),
    className: "whitespace-nowrap",
    cell: (parcel) => <RowLink to={`/orders/${parcel.id}`}>#{parcel.display_id}</RowLink>,
  },
  ...recipientColumns<BulkOrderParcel>(t),
  {
    key: "items",
    header: t("bulkOrder.orders.items"),
    className: "max-w-[220px] truncate",
    title: (parcel) => itemsText(t, parcel),
    cell: (parcel) => itemsText(t, parcel),
  },
  {
    key: "total",
    header: t("bulkOrder.orders.total"),
    align: "right",
    cell: (parcel) => yuanText(t, parcel.total),
  },
  {
    key: "payment",
    header: t("bulkOrder.orders.payment"),
    cell: (parcel) => (
      <StatusBadge
        color={PAYMENT_COLORS[parcel.payment_status] ?? "orange"}
        className="whitespace-nowrap"
        data-testid="bulk-order-parcel-payment"
      >
        {statusText(t, "payment", PAYMENT_KEYS, parcel.payment_status)}
      </StatusBadge>
    ),
  },
  {
    key: "fulfillment",
    header: t("bulkOrder.orders.fulfillment"),
    cell: (parcel) => (
      <StatusBadge
        color={FULFILLMENT_COLORS[parcel.fulfillment_status] ?? "orange"}
        className="whitespace-nowrap"
      >
        {statusText(t, "fulfillment", FULFILLMENT_KEYS, parcel.fulfillment_status)}
      </StatusBadge>
    ),
  },
]

const FULFILLMENT_KEYS = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const

/** The Chinese label of a Medusa status known to the messages, else the status itself. */
const statusText = (
  t: TranslateFn,
  group: "payment" | "fulfillment",
  keys: readonly string[],
  status: string
) =>
  keys.includes(status) ? t(`bulkOrder.${group}.${status}` as Parameters<TranslateFn>[0]) : status

const itemsText = (t: TranslateFn, parcel: BulkOrderParcel) =>
  parcel.items
    .map((item) => t("bulkOrder.orders.item", { title: item.title, quantity: item.quantity }))
    .join(t("common.listSeparator"))

/** Each recipient's order: a link to Medusa's order page, what it holds, paid and shipped. */
export const BulkOrderParcels = ({ order }: { order: AdminBulkOrder }) => {
  const t = useT()
  return (
    <DetailSection
      title={t("bulkOrder.orders.title")}
      aside={t("bulkOrder.detail.parcels", { count: order.orders.length })}
      testId="bulk-order-parcels"
    >
      <DataTable
        rows={order.orders}
        columns={parcelColumns}
        href={(parcel) => `/orders/${parcel.id}`}
        rowProps={(parcel) => ({
          "data-testid": "bulk-order-parcel",
          "data-display-id": parcel.display_id,
        })}
        minWidth="min-w-[1000px]"
        empty="common.empty"
      />
    </DetailSection>
  )
}
