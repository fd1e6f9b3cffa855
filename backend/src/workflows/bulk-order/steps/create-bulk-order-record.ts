import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import type { PreparedBulkOrder } from "./prepare-bulk-order"

export const createBulkOrderRecordStepId = "create-bulk-order-record"

/** Creates the bulk order (awaiting payment). Compensation deletes it. */
export const createBulkOrderRecordStep = createStep(
  createBulkOrderRecordStepId,
  async (input: PreparedBulkOrder["bulk"], { container }) => {
    const service = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    const created = await service.createBulkOrders({ ...input, status: "awaiting_payment" })
    return new StepResponse({ id: created.id, reference: created.reference }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).deleteBulkOrders([id])
  }
)
