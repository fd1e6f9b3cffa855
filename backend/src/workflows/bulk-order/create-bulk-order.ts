import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPaymentCollectionsStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
} from "@medusajs/medusa/core-flows"
import { BULK_ORDER_MODULE } from "../../modules/bulk-order"
import { fenToYuan } from "../../shared/money"
import { BULK_ORDER_LOCK, BulkOrderEvents, unitBulkLockKey } from "./events"
import { createBulkOrderRecordStep } from "./steps/create-bulk-order-record"
import {
  BULK_PARCEL_METADATA_KEY,
  type CreatedBulkOrder,
  createBulkOrdersStep,
} from "./steps/create-bulk-orders"
import { prepareBulkOrderStep, type PrepareBulkOrderInput } from "./steps/prepare-bulk-order"
import { checkUnitApprovalStep } from "../unit-approval/steps/check-approval"

export type CreateBulkOrderInput = PrepareBulkOrderInput & {
  /** placed by the approve workflow under this approval (unit-approval/) */
  approval_id?: string | null
}

/** The line of `order` for `variantId`: every reservation names its line, never none. */
function lineOf(order: CreatedBulkOrder, variantId: string): string {
  const line = order.items.find((item) => item.variant_id === variantId)
  if (!line) throw new Error(`Order ${order.id} has no line for variant ${variantId}`)
  return line.id
}

/**
 * A unit's bulk order, all or nothing, under the unit's lock: the bulk order
 * (reference, amount, deadline), one Medusa order per parcel (created in
 * batches, metadata `{ bulk_order_id, unit_id, po_number }`), the stock
 * reserved per line at the partner's location in one call (which re-checks
 * stock: a quantity no longer there fails it), a payment collection per order
 * awaiting the bank transfer, and the links. Any failure undoes every step
 * before it. No payment is authorized yet: the bank-transfer payments are
 * made and captured when the remittance arrives (pay-bulk-order.ts), so the
 * orders stay unpaid (OrderPaymentRepository) and off the farms' lists.
 */
export const createBulkOrderWorkflow = createWorkflow(
  "create-bulk-order",
  (input: CreateBulkOrderInput) => {
    const key = transform({ input }, ({ input }) => unitBulkLockKey(input.unit_id))
    acquireLockStep({ key, ...BULK_ORDER_LOCK })
    const prepared = prepareBulkOrderStep(input)
    // the unit's approval policy (审批): held unless placed under an approval
    checkUnitApprovalStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        unit_id: input.unit_id,
        amount: prepared.bulk.amount,
        approval_id: input.approval_id,
      }))
    )
    const bulk = createBulkOrderRecordStep(transform({ prepared }, ({ prepared }) => prepared.bulk))
    const orders = createBulkOrdersStep(
      transform({ prepared, bulk }, ({ prepared, bulk }) =>
        prepared.orders.map((o, i) => ({
          ...o.order,
          metadata: {
            ...o.order.metadata,
            bulk_order_id: bulk.id,
            [BULK_PARCEL_METADATA_KEY]: i,
          },
        }))
      )
    )
    reserveInventoryStep(
      transform({ prepared, orders }, ({ prepared, orders }) => ({
        items: prepared.orders.flatMap((o, i) =>
          o.reservations.map((r) => ({
            id: lineOf(orders[i], r.variant_id),
            inventory_item_id: r.inventory_item_id,
            required_quantity: 1,
            allow_backorder: false,
            quantity: r.quantity,
            location_ids: [r.location_id],
          }))
        ),
      }))
    )
    const collections = createPaymentCollectionsStep(
      transform({ prepared }, ({ prepared }) =>
        prepared.orders.map((o) => ({ currency_code: "cny", amount: fenToYuan(o.total_fen) }))
      )
    )
    createRemoteLinkStep(
      transform({ bulk, orders, collections }, ({ bulk, orders, collections }) => [
        ...orders.map((o, i) => ({
          [Modules.ORDER]: { order_id: o.id },
          [Modules.PAYMENT]: { payment_collection_id: collections[i].id },
        })),
        ...orders.map((o) => ({
          [BULK_ORDER_MODULE]: { bulk_order_id: bulk.id },
          [Modules.ORDER]: { order_id: o.id },
        })),
      ])
    )
    emitEventStep({
      eventName: BulkOrderEvents.CREATED,
      data: transform({ bulk }, ({ bulk }) => ({ id: bulk.id })),
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ bulk, orders, prepared }, ({ bulk, orders, prepared }) => ({
        id: bulk.id,
        reference: bulk.reference,
        amount: prepared.bulk.amount,
        order_ids: orders.map((o) => o.id),
      }))
    )
  }
)
