import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBulkOrderWorkflow } from "../../bulk-order/create-bulk-order"
import type { PlaceQuoteOrderInput } from "../place-quote-order"
import { updateQuoteStep } from "../steps/update-quote"
import { loadBulkQuotePlacementStep } from "./load-placement"

/**
 * The bulk order of an accepted bulk-order quote: created as every bulk
 * order is (one Medusa order per recipient, stock reserved, a payment
 * collection each awaiting the 对公转账 remittance, the unit's approval
 * check) from the quote's rows at the quoted prices and shipping. The quote
 * records its bulk order (unique: once). Run under the unit's spending lock;
 * any failure undoes every step.
 */
export const placeBulkQuoteWorkflow = createWorkflow(
  "place-bulk-quote",
  (input: PlaceQuoteOrderInput) => {
    const bulkInput = loadBulkQuotePlacementStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        unit_id: input.unit_id,
        approval_id: input.approval_id ?? null,
      }))
    )
    const bulk = createBulkOrderWorkflow.runAsStep({ input: bulkInput })
    updateQuoteStep(
      transform({ input, bulk }, ({ input, bulk }) => ({
        id: input.quote_id,
        status: "accepted" as const,
        bulk_order_id: bulk.id,
        decided_at: new Date(),
        decided_by: input.decided_by,
        ...(input.approval_id ? { approval_id: input.approval_id } : {}),
      }))
    )
    return new WorkflowResponse(
      transform({ bulk }, ({ bulk }) => ({ bulk_order_id: bulk.id, order_ids: bulk.order_ids }))
    )
  }
)
