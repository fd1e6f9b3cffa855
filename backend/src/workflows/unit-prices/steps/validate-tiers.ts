import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { tiersAboveRetail } from "../../../shared/unit-prices"
import type { UnitPriceTierInput } from "../../../types/http/unit-prices"
import type { LoadedVariantPrices } from "./load-variant-prices"

export type ValidateUnitTiersInput = {
  loaded: LoadedVariantPrices
  tiers: UnitPriceTierInput[]
  confirm_above_retail: boolean
}

export const validateUnitTiersStepId = "validate-unit-tiers"

/**
 * A variant gets unit prices only when it has a retail price (CNY), and a
 * tier above the retail price only when the support team confirms it.
 * Checks only: nothing to undo.
 */
export const validateUnitTiersStep = createStep(
  validateUnitTiersStepId,
  async ({ loaded, tiers, confirm_above_retail }: ValidateUnitTiersInput) => {
    if (!tiers.length) return
    if (loaded.retail_price === null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "这个规格还没有零售价（人民币），请先在商品中设置零售价"
      )
    }
    const above = tiersAboveRetail(tiers, loaded.retail_price)
    if (above.length && !confirm_above_retail) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `单位价 ¥${above.map((t) => t.amount).join("、¥")} 高于零售价 ¥${loaded.retail_price}；确需如此请勾选确认（confirm_above_retail）`
      )
    }
  }
)
