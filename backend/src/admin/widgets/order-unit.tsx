import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { UnitKindBadge, UnitStatusBadge } from "../components/units/unit-badges"
import { ErrorState, LoadingState } from "../components/query-state"
import { useOrderUnit } from "../hooks/api/units"
import { useT } from "../i18n/use-t"

/**
 * The order page's 单位 card: the unit the order is bought for (a bulk order)
 * or whose member placed it: name, kind, status, credit code and a link to
 * its page; a short line when the order is no unit's.
 */
const OrderUnitWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const t = useT()
  const { data, isPending, error, refetch } = useOrderUnit(order.id)
  const unit = data?.unit
  return (
    <Container className="divide-y p-0" data-testid="order-unit-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("unit.orderCard.title")}</Heading>
      </div>
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !unit ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("unit.orderCard.none")}
          </Text>
        </div>
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Link
            to={`/units/${unit.id}`}
            className="text-ui-fg-interactive txt-compact-small-plus hover:underline"
            data-testid="order-unit-link"
          >
            {unit.name}
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <UnitKindBadge kind={unit.kind} />
            <UnitStatusBadge status={unit.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("unit.orderCard.creditCode")}：<span className="font-mono">{unit.credit_code}</span>
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {unit.source === "order"
              ? t("unit.orderCard.fromOrder")
              : t("unit.orderCard.fromMember", {
                  role: unit.role ? t(`unit.role.${unit.role}`) : "",
                })}
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderUnitWidget
