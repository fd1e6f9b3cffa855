import { Text } from "@medusajs/ui"
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

/** A variant's tiers in one line, or 未设置. */
export const TierSummary = ({ t, tiers }: { t: TranslateFn; tiers: UnitPriceTier[] }) =>
  tiers.length ? (
    <span className="tabular-nums" data-testid="unit-price-tiers-text">
      {tiersText(t, tiers)}
    </span>
  ) : (
    <Text as="span" size="small" className="text-ui-fg-muted" data-testid="unit-price-tiers-text">
      {t("unitPrice.notSet")}
    </Text>
  )
