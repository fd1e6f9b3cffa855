import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InferTypeOf } from "@medusajs/framework/types"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type Unit from "../../../modules/unit/models/unit"

type UnitFields = { id: string } & Partial<Omit<InferTypeOf<typeof Unit>, "members">>

export type UpdateUnitStepInput = { id: string } & Record<string, unknown>

export const updateUnitStepId = "update-unit"

/**
 * Writes fields of a unit (details, status, verification, customer group);
 * on failure the fields it wrote get their previous values back.
 */
export const updateUnitStep = createStep(
  updateUnitStepId,
  async (input: UpdateUnitStepInput, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const before = (await units.retrieveUnit(input.id)) as unknown as Record<string, unknown>
    const restore = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key]])
    ) as UnitFields
    const unit = await units.updateUnits(input as unknown as UnitFields)
    return new StepResponse(unit, restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).updateUnits(restore)
  }
)
