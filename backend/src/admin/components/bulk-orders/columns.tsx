import { chinaDateTimeShort } from "../../../shared/china-time"
import type { AdminBulkOrderSummary } from "../../../types/http/bulk-order"
import type { TranslateFn } from "../../i18n/use-t"
import { yuanText } from "../aid/format"
import { type DataTableColumn, RowLink } from "../data-table"
import { BulkOrderStatusBadge } from "./status-badge"

export const bulkOrderHref = (order: { id: string }) => `/bulk-orders/${order.id}`

/**
 * The columns of a bulk-order table: reference, unit (unless the table is a
 * unit's own), amount, parcels, status, deadline, created.
 */
export const bulkOrderColumns = (
  t: TranslateFn,
  { withUnit }: { withUnit: boolean }
): DataTableColumn<AdminBulkOrderSummary>[] => [
  {
    key: "reference",
    header: t("bulkOrder.columns.reference"),
    className: "whitespace-nowrap font-mono",
    cell: (order) => <RowLink to={bulkOrderHref(order)}>{order.reference}</RowLink>,
  },
  ...(withUnit
    ? [
        {
          key: "unit",
          header: t("bulkOrder.columns.unit"),
          className: "max-w-[220px] truncate",
          title: (order: AdminBulkOrderSummary) => order.unit?.name,
          cell: (order: AdminBulkOrderSummary) =>
            order.unit ? (
              <RowLink to={`/units/${order.unit.id}`}>{order.unit.name}</RowLink>
            ) : (
              t("common.none")
            ),
        },
      ]
    : []),
  {
    key: "amount",
    header: t("bulkOrder.columns.amount"),
    align: "right",
    cell: (order) => yuanText(t, order.amount),
  },
  {
    key: "parcels",
    header: t("bulkOrder.columns.parcels"),
    align: "right",
    cell: (order) => order.parcels,
  },
  {
    key: "status",
    header: t("bulkOrder.columns.status"),
    cell: (order) => <BulkOrderStatusBadge order={order} />,
  },
  {
    key: "deadline",
    header: t("bulkOrder.columns.deadline"),
    className: "whitespace-nowrap",
    cell: (order) => chinaDateTimeShort(order.payment_deadline),
  },
  {
    key: "created_at",
    header: t("bulkOrder.columns.createdAt"),
    className: "whitespace-nowrap",
    cell: (order) => chinaDateTimeShort(order.created_at),
  },
]

/** A row's test attributes: its reference and status. */
export const bulkOrderRowProps = (order: AdminBulkOrderSummary) => ({
  "data-testid": "bulk-orders-table-row",
  "data-reference": order.reference,
  "data-status": order.status,
})
