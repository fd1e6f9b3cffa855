import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminBulkOrderSummary } from "../../../types/http/bulk-order"
import { useBulkOrders } from "../../hooks/api/bulk-orders"
import { useT } from "../../i18n/use-t"
import { DataTable } from "../data-table"
import { DetailSection } from "../detail"
import { bulkOrderColumns, bulkOrderHref, bulkOrderRowProps } from "./columns"

/** How many of a unit's latest bulk orders its page shows. */
const LATEST = 5

const linkClass = "text-ui-fg-interactive hover:underline"

/**
 * The unit page's 批量订单 card: its latest bulk orders, a link to all of
 * them (the list filtered by the unit), and to the 单位价格 its members pay.
 */
export const UnitBulkOrders = ({ unitId }: { unitId: string }) => {
  const t = useT()
  const { data, ...query } = useBulkOrders({ unit_id: unitId, limit: LATEST, offset: 0 })
  return (
    <DetailSection
      title={t("bulkOrder.unitCard.title")}
      aside={
        data?.count ? (
          <Link
            to={`/bulk-orders?unit_id=${encodeURIComponent(unitId)}`}
            className={linkClass}
            data-testid="unit-bulk-orders-all"
          >
            {t("bulkOrder.unitCard.all")} ({data.count})
          </Link>
        ) : undefined
      }
      testId="unit-bulk-orders"
    >
      <DataTable<AdminBulkOrderSummary>
        query={query}
        rows={data?.bulk_orders}
        columns={(tt) => bulkOrderColumns(tt, { withUnit: false })}
        href={bulkOrderHref}
        rowProps={bulkOrderRowProps}
        minWidth="min-w-[720px]"
        empty="bulkOrder.unitCard.empty"
        hideHeaderWhenEmpty
      />
      <div className="flex items-center justify-between gap-x-3 px-4 py-3 sm:px-6">
        <Text size="small" className="text-ui-fg-subtle">
          {t("bulkOrder.unitCard.pricesHint")}
        </Text>
        <Link
          to="/unit-prices"
          className={`${linkClass} whitespace-nowrap text-sm`}
          data-testid="unit-unit-prices"
        >
          {t("bulkOrder.unitCard.prices")}
        </Link>
      </div>
    </DetailSection>
  )
}
