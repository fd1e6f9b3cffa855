import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitInvoice, UnitStatus } from "../../../types/http/unit"

/** What the unit workflows read of a unit: its identity, status, group and members' customers. */
export type LoadedUnit = {
  id: string
  name: string
  credit_code: string
  status: UnitStatus
  invoice: UnitInvoice
  customer_group_id: string | null
  /** the unit's negotiated price list (协议价), null until its first negotiated price */
  price_list_id: string | null
  customer_ids: string[]
}

export const loadUnitStepId = "load-unit"

/** Reads a unit with its members (404 when there is none). Reads only: nothing to undo. */
export const loadUnitStep = createStep(loadUnitStepId, async (id: string, { container }) => {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const unit = await units.retrieveUnit(id, { relations: ["members"] })
  const loaded: LoadedUnit = {
    id: unit.id,
    name: unit.name,
    credit_code: unit.credit_code,
    status: unit.status,
    invoice: unit.invoice as unknown as UnitInvoice,
    customer_group_id: unit.customer_group_id,
    price_list_id: unit.price_list_id,
    customer_ids: unit.members.map((m) => m.customer_id),
  }
  return new StepResponse(loaded)
})
