import type { IPricingModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { negotiatedPriceListTitle } from "../../../types/http/unit-prices"
import type { LoadedUnit } from "../../unit/steps/load-unit"

export const ensureNegotiatedPriceListStepId = "ensure-negotiated-price-list"

type Undo = { unit_id: string; list_id: string }

/**
 * A unit's negotiated price list (协议价): an `override` list ruled on the
 * unit's own customer group, so Medusa prices its members from it (the lowest
 * of the override lists that apply wins, see docs/units.md) and nobody else.
 * Created on the unit's first negotiated price, active while the unit is
 * verified and draft while it is not; the unit keeps its id. Undone (list
 * deleted, id cleared) when a later step fails. A unit that was never
 * verified has no group yet: 400. Without `create`, a missing list stays
 * missing (null): removing a price the unit never had creates nothing.
 */
export const ensureNegotiatedPriceListStep = createStep(
  ensureNegotiatedPriceListStepId,
  async ({ unit, create }: { unit: LoadedUnit; create: boolean }, { container }) => {
    if (unit.price_list_id) {
      return new StepResponse(unit.price_list_id as string | null, null as Undo | null)
    }
    if (!create) return new StepResponse(null as string | null, null as Undo | null)
    if (!unit.customer_group_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "单位认证后才能设置协议价")
    }
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    const [list] = await pricing.createPriceLists([
      {
        title: negotiatedPriceListTitle(unit.name),
        description: `单位客户 ${unit.name}（${unit.credit_code}）的协议价（单位客户 › 协议价）`,
        type: PriceListType.OVERRIDE,
        status: unit.status === "verified" ? PriceListStatus.ACTIVE : PriceListStatus.DRAFT,
        rules: { "customer.groups.id": [unit.customer_group_id] },
      },
    ])
    await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .updateUnits({ id: unit.id, price_list_id: list.id })
    return new StepResponse(
      list.id as string | null,
      { unit_id: unit.id, list_id: list.id } as Undo | null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .updateUnits({ id: undo.unit_id, price_list_id: null })
    await container.resolve<IPricingModuleService>(Modules.PRICING).deletePriceLists([undo.list_id])
  }
)
