import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import type { BulkOrderStatus } from "../../../types/http/bulk-order"

export type SetBulkStatusInput = {
  id: string
  status: BulkOrderStatus
  at: string
  cancel_reason?: string | null
}

export const setBulkOrderStatusStepId = "set-bulk-order-status"

/** Marks a bulk order paid or cancelled (with when and why). Compensation restores it. */
export const setBulkOrderStatusStep = createStep(
  setBulkOrderStatusStepId,
  async (input: SetBulkStatusInput, { container }) => {
    const service = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    const before = await service.retrieveBulkOrder(input.id)
    await service.updateBulkOrders({
      id: input.id,
      status: input.status,
      ...(input.status === "paid"
        ? { paid_at: new Date(input.at) }
        : { canceled_at: new Date(input.at), cancel_reason: input.cancel_reason ?? null }),
    })
    return new StepResponse(null, {
      id: before.id,
      status: before.status,
      paid_at: before.paid_at,
      canceled_at: before.canceled_at,
      cancel_reason: before.cancel_reason,
    })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).updateBulkOrders(before)
  }
)
