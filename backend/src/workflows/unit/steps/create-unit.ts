import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { completeInvoice, type UnitCreateInput } from "../../../shared/unit"

export type CreateUnitStepInput = { data: UnitCreateInput; created_by: string | null }

export const createUnitStepId = "create-unit"

/** Creates a pending unit, its invoice details completed with the defaults; deleted again on failure. */
export const createUnitStep = createStep(
  createUnitStepId,
  async ({ data, created_by }: CreateUnitStepInput, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const unit = await units.createUnits({
      name: data.name,
      kind: data.kind,
      credit_code: data.credit_code,
      invoice: completeInvoice(data.invoice, data) as Record<string, unknown>,
      contacts: (data.contacts ?? []) as unknown as Record<string, unknown>,
      headcount: data.headcount ?? null,
      status: "pending",
      created_by,
    })
    return new StepResponse(unit, unit.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).deleteUnits(id)
  }
)
