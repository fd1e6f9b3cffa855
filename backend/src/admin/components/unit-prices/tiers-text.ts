import { formatYuan } from "../../../shared/money"
import type { UnitPriceTier } from "../../../types/http/unit-prices"
import type { TranslateFn } from "../../i18n/use-t"

/** "1–49 ¥64.00 · 50–199 ¥60.00 · 200 起 ¥56.50" */
export const tiersText = (t: TranslateFn, tiers: UnitPriceTier[]) =>
  tiers
    .map((tier) => {
      const price = formatYuan(tier.amount)
      return tier.max_quantity === null
        ? t("unitPrice.tierFrom", { min: tier.min_quantity, price })
        : t("unitPrice.tierRange", { min: tier.min_quantity, max: tier.max_quantity, price })
    })
    .join(t("unitPrice.tierSeparator"))
