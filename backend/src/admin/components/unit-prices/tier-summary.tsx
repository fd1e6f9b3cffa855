import { Text } from "@medusajs/ui"
import type { UnitPriceTier } from "../../../types/http/unit-prices"
import type { TranslateFn } from "../../i18n/use-t"
import { tiersText } from "./tiers-text"

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
