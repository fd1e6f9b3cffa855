import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"

export const checkRemittanceSerialStepId = "check-remittance-serial"

/** The message of a bank serial already recorded (the import reports it per row). */
export const alreadyRecorded = (serial: string, id: string) =>
  `流水号 ${serial} 已登记（remittance ${id}），同一笔汇款不会重复入账 (already recorded)`

/** A 流水号 is recorded once: a second credit with it is refused (422, as Medusa answers duplicates). Reads only. */
export const checkRemittanceSerialStep = createStep(
  checkRemittanceSerialStepId,
  async (input: { bank_serial: string | null }, { container }) => {
    if (!input.bank_serial) return new StepResponse(null)
    const [existing] = await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .listRemittanceCredits({ bank_serial: input.bank_serial }, { select: ["id"], take: 1 })
    if (existing)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        alreadyRecorded(input.bank_serial, existing.id)
      )
    return new StepResponse(null)
  }
)
