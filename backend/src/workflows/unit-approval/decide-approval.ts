import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { createBulkOrderWorkflow } from "../bulk-order/create-bulk-order"
import { placeQuoteWorkflow } from "../quote/place-quote"
import { lockUnitSpending } from "./lock"
import { loadApprovalStep } from "./steps/load-approval"
import { recheckBulkApprovalStep } from "./steps/recheck-bulk"
import { setApprovalStatusStep } from "./steps/set-approval-status"

export type DecideUnitApprovalInput = { unit_id: string; id: string; decided_by: string }

/**
 * The 审批人 (or 管理员) approves: under the unit's spending lock the request
 * is marked placed and the server places it (the member's cart completed
 * through Medusa's completeCartWorkflow, the bulk order created from its
 * rows checked again at today's prices, or an accepted quote's order at the
 * quoted prices, workflows/quote/), once: approving a placed request
 * again answers it as it is. Any failure undoes the order and the decision.
 */
export const approveUnitApprovalWorkflow = createWorkflow(
  "approve-unit-approval",
  (input: DecideUnitApprovalInput) => {
    const release = lockUnitSpending(input)
    const approval = loadApprovalStep(
      transform({ input }, ({ input }) => ({
        unit_id: input.unit_id,
        id: input.id,
        placed_ok: true,
      }))
    )
    const decision = transform({ input }, ({ input }) => ({
      id: input.id,
      status: "placed" as const,
      decided_by: input.decided_by,
      reason: null,
    }))
    when("approve-cart", { approval }, ({ approval }) => {
      return approval.status === "pending" && approval.kind === "cart"
    }).then(() => {
      setApprovalStatusStep(decision).config({ name: "approve-cart-decision" })
      const order = completeCartWorkflow.runAsStep({
        input: transform({ approval }, ({ approval }) => ({ id: approval.cart_id as string })),
      })
      setApprovalStatusStep(
        transform({ input, order }, ({ input, order }) => ({
          id: input.id,
          status: "placed" as const,
          order_ids: [order.id],
        }))
      ).config({ name: "record-approved-order" })
    })
    when("approve-bulk-order", { approval }, ({ approval }) => {
      return approval.status === "pending" && approval.kind === "bulk_order"
    }).then(() => {
      setApprovalStatusStep(decision).config({ name: "approve-bulk-decision" })
      const bulkInput = recheckBulkApprovalStep(approval)
      const bulk = createBulkOrderWorkflow.runAsStep({ input: bulkInput })
      setApprovalStatusStep(
        transform({ input, bulk }, ({ input, bulk }) => ({
          id: input.id,
          status: "placed" as const,
          order_ids: bulk.order_ids,
          bulk_order_id: bulk.id,
        }))
      ).config({ name: "record-approved-bulk-order" })
    })
    when("approve-quote", { approval }, ({ approval }) => {
      return approval.status === "pending" && approval.kind === "quote"
    }).then(() => {
      setApprovalStatusStep(decision).config({ name: "approve-quote-decision" })
      const placed = placeQuoteWorkflow.runAsStep({
        input: transform({ input, approval }, ({ input, approval }) => ({
          quote_id: String((approval.input as { quote_id?: string } | null)?.quote_id ?? ""),
          unit_id: input.unit_id,
          decided_by: input.decided_by,
          approval_id: input.id,
        })),
      })
      setApprovalStatusStep(
        transform({ input, placed }, ({ input, placed }) => ({
          id: input.id,
          status: "placed" as const,
          order_ids: placed.order_ids,
          ...(placed.bulk_order_id ? { bulk_order_id: placed.bulk_order_id } : {}),
        }))
      ).config({ name: "record-approved-quote-order" })
    })
    release()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)

/** The 审批人 (or 管理员) rejects a pending request with a reason; it never becomes an order. */
export const rejectUnitApprovalWorkflow = createWorkflow(
  "reject-unit-approval",
  (input: DecideUnitApprovalInput & { reason: string }) => {
    const release = lockUnitSpending(input)
    loadApprovalStep(
      transform({ input }, ({ input }) => ({
        unit_id: input.unit_id,
        id: input.id,
        placed_ok: false,
      }))
    )
    setApprovalStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "rejected" as const,
        decided_by: input.decided_by,
        reason: input.reason,
      }))
    )
    release()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)
