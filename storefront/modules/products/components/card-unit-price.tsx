import { t } from "@/lib/messages"
import { formatYuan } from "@shared/money"
import type { CardUnitPrice as Price } from "@/lib/unit/card-prices"

/** A card's "单位价 ¥xx 起" (or "协议价 ¥xx 起" when the unit's negotiated price is the lowest). */
export function CardUnitPrice({ price }: { price: Price }) {
  return (
    <span
      className="card-unit-price"
      data-testid="card-unit-price"
      data-negotiated={price.negotiated ? "true" : undefined}
      title={t(price.negotiated ? "catalog.negotiatedPriceHint" : "catalog.unitPriceHint")}
    >
      {t(price.negotiated ? "catalog.negotiatedPriceFrom" : "catalog.unitPriceFrom", {
        price: formatYuan(price.amount),
      })}
    </span>
  )
}
