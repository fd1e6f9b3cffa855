import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"

export type CreateBatchInput = {
  partner_id: string
  product_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  batch_code: string
  harvested_on: string
  quantity: number
  note?: string | null
  created_by: string | null
}

export const createBatchStepId = "create-farm-batch"

/** Records a harvest batch; its code must be new for the farm. Compensation deletes it. */
export const createBatchStep = createStep(
  createBatchStepId,
  async (input: CreateBatchInput, { container }) => {
    const farm = container.resolve<FarmModuleService>(FARM_MODULE)
    const [existing] = await farm.listFarmBatches(
      { partner_id: input.partner_id, batch_code: input.batch_code },
      { select: ["id"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A batch with code "${input.batch_code}" already exists`
      )
    }
    const batch = await farm.createFarmBatches({ ...input, note: input.note ?? null })
    return new StepResponse(batch, batch.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmBatches([id])
  }
)
