import { Container, Text } from "@medusajs/ui"
import { useT } from "../../i18n/use-t"
import type { AidFigures } from "../../../types/http"
import { yuanText } from "./format"

type SummaryCardsProps = {
  total?: AidFigures
  from: string
  to: string
}

/** 帮扶销售总额, 订单数, 件数 of the filtered range, as the API totals them. */
export const SummaryCards = ({ total, from, to }: SummaryCardsProps) => {
  const t = useT()
  const none = t("common.none")
  const cards = [
    {
      key: "amount",
      label: t("aid.cards.amount"),
      value: total ? yuanText(t, total.amount) : none,
    },
    {
      key: "orders",
      label: t("aid.cards.orders"),
      value: total ? total.orders.toLocaleString("zh-CN") : none,
    },
    {
      key: "quantity",
      label: t("aid.cards.quantity"),
      value: total ? total.quantity.toLocaleString("zh-CN") : none,
    },
  ]
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="aid-cards">
      {cards.map((card) => (
        <Container key={card.key} className="flex flex-col gap-y-1 px-4 py-4 sm:px-6">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {card.label}
          </Text>
          <Text
            size="xlarge"
            weight="plus"
            className="text-ui-fg-base break-all tabular-nums"
            data-testid={`aid-total-${card.key}`}
          >
            {card.value}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("aid.cards.range", { from, to })}
          </Text>
        </Container>
      ))}
    </div>
  )
}
