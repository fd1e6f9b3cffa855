import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"
import type { RemittanceCreditInput } from "../../../modules/remittance/service"

export const createRemittanceCreditStepId = "create-remittance-credit"

/** Records a bank credit. Compensation deletes it. */
export const createRemittanceCreditStep = createStep(
  createRemittanceCreditStepId,
  async (input: RemittanceCreditInput, { container }) => {
    const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    const credit = await remittance.createRemittanceCredits(input)
    return new StepResponse({ id: credit.id }, credit.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
      .deleteRemittanceCredits([id])
  }
)
