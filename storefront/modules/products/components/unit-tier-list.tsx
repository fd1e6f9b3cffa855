import type { UnitPriceTier } from "@http/unit-prices"
import { t } from "@/lib/messages"
import { formatYuan } from "@shared/money"

/** A variant's tiers in one line: "1–49 箱 ¥64.00/箱 · 200 箱起 ¥56.50/箱" (the dots are CSS). */
export function UnitTierList({ tiers }: { tiers: UnitPriceTier[] }) {
  return tiers.map((tier) => (
    <span key={tier.min_quantity} className="unit-price-tier">
      {tier.max_quantity === null
        ? t("product.unitPrice.tier", { min: tier.min_quantity, price: formatYuan(tier.amount) })
        : t("product.unitPrice.tierRange", {
            min: tier.min_quantity,
            max: tier.max_quantity,
            price: formatYuan(tier.amount),
          })}
    </span>
  ))
}
