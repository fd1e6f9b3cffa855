import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  missingSpecialInvoiceFields,
  SPECIAL_INVOICE_MESSAGE,
  type UnitUpdateInput,
} from "../../../shared/unit"
import type { LoadedUnit } from "./load-unit"

export const validateUnitDetailsStepId = "validate-unit-details"

/**
 * The fields an update writes: the invoice merged onto the stored one (a
 * 专票 must be complete). With `identity_locked_when_verified` (the store's
 * 管理员), name, kind and credit code change only while the unit is pending.
 */
export const validateUnitDetailsStep = createStep(
  validateUnitDetailsStepId,
  async (input: {
    unit: LoadedUnit
    data: UnitUpdateInput
    identity_locked_when_verified?: boolean
  }) => {
    const { unit, data } = input
    const identity = (["name", "kind", "credit_code"] as const).filter((k) => data[k] !== undefined)
    if (input.identity_locked_when_verified && unit.status !== "pending" && identity.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `单位认证后，名称、类型和统一社会信用代码只能由客服修改 (${identity.join(", ")} can change only while the unit is pending)`
      )
    }
    const { invoice, ...rest } = data
    // 抬头 and 税号 that were the defaults follow a new name and credit code
    const base = { ...unit.invoice }
    if (data.name && base.title === unit.name) base.title = data.name
    if (data.credit_code && base.tax_id === unit.credit_code) base.tax_id = data.credit_code
    const merged = invoice || data.name || data.credit_code ? { ...base, ...invoice } : undefined
    if (merged && missingSpecialInvoiceFields(merged).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, SPECIAL_INVOICE_MESSAGE)
    }
    return new StepResponse({ id: unit.id, ...rest, ...(merged ? { invoice: merged } : {}) })
  }
)
