import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateLineItemsStep,
  updateShippingMethodsStep,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../../types/http/payments"
import { loadQuotePlacementStep } from "./steps/load-placement"
import { updateQuoteStep } from "./steps/update-quote"

export type PlaceQuoteOrderInput = {
  quote_id: string
  unit_id: string
  /** who accepted (or approved) it */
  decided_by: string
  approval_id?: string | null
}

/**
 * The order of an accepted quote, at the quoted prices, through Medusa's own
 * checkout: the quote's cart gets each line's quoted unit price (a custom
 * price) and the quoted shipping, a payment collection for that total with
 * a 对公转账 session, and completeCartWorkflow places the order (stock,
 * the unit's approval check, the aid ledger and farms on payment, notices:
 * as every unit order). The quote records its order. Run under the unit's
 * quote lock; any failure undoes every step, prices included.
 */
export const placeQuoteOrderWorkflow = createWorkflow(
  "place-quote-order",
  (input: PlaceQuoteOrderInput) => {
    const placement = loadQuotePlacementStep(
      transform({ input }, ({ input }) => ({ quote_id: input.quote_id, unit_id: input.unit_id }))
    )
    updateLineItemsStep(
      transform({ placement }, ({ placement }) => ({
        id: placement.cart_id,
        items: placement.items,
      }))
    )
    updateShippingMethodsStep(transform({ placement }, ({ placement }) => placement.shipping_methods))
    const collection = createPaymentCollectionForCartWorkflow.runAsStep({
      input: transform({ placement }, ({ placement }) => ({ cart_id: placement.cart_id })),
    })
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ collection, placement }, ({ collection, placement }) => ({
        payment_collection_id: collection.id,
        provider_id: BANK_TRANSFER_PROVIDER_ID,
        customer_id: placement.customer_id,
      })),
    })
    const order = completeCartWorkflow.runAsStep({
      input: transform({ placement }, ({ placement }) => ({ id: placement.cart_id })),
    })
    updateQuoteStep(
      transform({ input, order }, ({ input, order }) => ({
        id: input.quote_id,
        status: "accepted" as const,
        order_id: order.id,
        decided_at: new Date(),
        decided_by: input.decided_by,
        ...(input.approval_id ? { approval_id: input.approval_id } : {}),
      }))
    )
    return new WorkflowResponse(transform({ order }, ({ order }) => ({ order_id: order.id })))
  }
)
