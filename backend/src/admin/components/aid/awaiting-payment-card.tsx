import { Container, Text } from "@medusajs/ui"
import { useAidAwaitingPayment } from "../../hooks/api/aid"
import { useT } from "../../i18n/use-t"
import { ErrorState, LoadingState } from "../query-state"
import { formatAmount } from "../../../shared/money"
import { yuanText } from "./format"

/**
 * 待付款（未计入）: orders placed and not paid yet (e.g. a bank transfer not
 * yet arrived), with what they will bring each town once paid. Apart from the
 * aid figures above it, which count paid money only; not filtered by range.
 */
export const AwaitingPaymentCard = () => {
  const t = useT()
  const { data, error, isLoading, refetch } = useAidAwaitingPayment()
  const awaiting = data?.awaiting_payment
  return (
    <Container
      className="flex flex-col gap-y-1 px-4 py-4 sm:px-6"
      data-testid="aid-awaiting-payment"
    >
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {t("aid.awaiting.title")}
      </Text>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isLoading ? (
        <LoadingState />
      ) : (
        <>
          <Text
            size="xlarge"
            weight="plus"
            className="text-ui-fg-base break-all tabular-nums"
            data-testid="aid-awaiting-amount"
          >
            {awaiting ? yuanText(t, awaiting.amount) : t("common.none")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle" data-testid="aid-awaiting-orders">
            {awaiting?.orders
              ? t("aid.awaiting.orders", { count: awaiting.orders })
              : t("aid.awaiting.none")}
          </Text>
          {awaiting?.towns.length ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {awaiting.towns.map((town) => (
                <li key={town.town_id} data-testid="aid-awaiting-town">
                  <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
                    {t("aid.awaiting.town", {
                      town: town.label,
                      amount: formatAmount(town.amount),
                      count: town.orders,
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          ) : null}
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("aid.awaiting.hint")}
          </Text>
        </>
      )}
    </Container>
  )
}
