import type { FilterablePriceListProps, IPricingModuleService } from "@medusajs/framework/types"
import { Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_PRICE_LIST_TITLE } from "../../../types/http/unit-prices"

/** The unit price list's id, or null while no unit price was ever set. */
export async function findUnitPriceListId(pricing: IPricingModuleService): Promise<string | null> {
  // the module filters on any column; its filter type names only a few
  const byTitle = { title: UNIT_PRICE_LIST_TITLE } as FilterablePriceListProps
  const [list] = await pricing.listPriceLists(byTitle, { take: 1, order: { created_at: "ASC" } })
  return list?.id ?? null
}

export const ensureUnitPriceListStepId = "ensure-unit-price-list"

/**
 * The unit price list: an active override list ruled on the 已认证单位
 * customer group (`customer.groups.id`), so Medusa prices a verified unit's
 * members from it, in the store's product routes and in the cart alike, and
 * nobody else. Created on the first unit price; removed again if that
 * first change fails.
 */
export const ensureUnitPriceListStep = createStep(
  ensureUnitPriceListStepId,
  async (input: { group_id: string }, { container }) => {
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    const existing = await findUnitPriceListId(pricing)
    if (existing) return new StepResponse(existing, null)
    const [list] = await pricing.createPriceLists([
      {
        title: UNIT_PRICE_LIST_TITLE,
        description: "已认证单位客户的单位价与数量阶梯价（单位客户 › 单位价格）",
        type: PriceListType.OVERRIDE,
        status: PriceListStatus.ACTIVE,
        rules: { "customer.groups.id": [input.group_id] },
      },
    ])
    return new StepResponse(list.id, list.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<IPricingModuleService>(Modules.PRICING).deletePriceLists([createdId])
  }
)
