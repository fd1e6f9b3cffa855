import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_LOCK, bankTransferLockKey } from "./notices"
import { decideBankTransferDeadlineStep } from "./steps/decide-deadline"
import { sendBankTransferNoticesStep } from "./steps/send-notices"

export type HandleDeadlineInput = { payment_id: string; now: string }

/**
 * The payment deadline of one 对公转账 order, under the payment's lock: in the
 * 24 hours before it, the buyer is reminded (once); after it, an order with
 * nothing received is cancelled with Medusa's cancel-order workflow (its
 * stock reservations released, the payment cancelled) and the buyer is told.
 * An order with part of the money received is left to the support team.
 */
export const handleBankTransferDeadlineWorkflow = createWorkflow(
  "handle-bank-transfer-deadline",
  (input: HandleDeadlineInput) => {
    const key = transform({ input }, ({ input }) => bankTransferLockKey(input.payment_id))
    acquireLockStep({ key, ...BANK_TRANSFER_LOCK })
    const decision = decideBankTransferDeadlineStep({
      payment_id: input.payment_id,
      now: input.now,
    })

    when({ decision }, ({ decision }) => decision.action === "cancel").then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ decision }, ({ decision }) => ({ order_id: decision.order_id! })),
      })
    })
    when(
      { decision },
      ({ decision }) => decision.action === "remind" || decision.action === "cancel"
    ).then(() => {
      sendBankTransferNoticesStep(
        transform({ input, decision }, ({ input, decision }) => ({
          template:
            decision.action === "cancel"
              ? ("bank-transfer-canceled" as const)
              : ("bank-transfer-reminder" as const),
          payment_id: input.payment_id,
          order_id: decision.order_id,
          recipients: decision.recipients,
          data: decision.data,
        }))
      )
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ decision }, ({ decision }) => ({
        action: decision.action,
        order_id: decision.order_id,
      }))
    )
  }
)
