import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reminderFrom } from "../../../modules/bank-transfer/deadline"
import { noticeData, noticeRecipients } from "../notices"
import { retrieveBankTransferView } from "../read"

export type DeadlineAction =
  /** nothing to do (paid, cancelled, no deadline, not yet time) */
  | "none"
  /** the reminder window is open */
  | "remind"
  /** past the deadline with nothing received: cancel the order */
  | "cancel"
  /** past the deadline with part of the money received: left to the support team */
  | "hold"

export const decideBankTransferDeadlineStepId = "decide-bank-transfer-deadline"

/**
 * What the deadline asks for a bank-transfer payment at `now`, read afresh
 * (under the payment's lock), with the buyer's contacts and the notice data.
 */
export const decideBankTransferDeadlineStep = createStep(
  decideBankTransferDeadlineStepId,
  async (input: { payment_id: string; now: string }, { container }) => {
    const view = await retrieveBankTransferView(container, input.payment_id)
    const now = new Date(input.now)
    let action: DeadlineAction = "none"
    if (
      view &&
      view.state === "awaiting_transfer" &&
      view.order &&
      view.order.status !== "canceled" &&
      view.deadline_at
    ) {
      const deadline = new Date(view.deadline_at)
      if (now >= deadline) action = view.received_amount === "0.00" ? "cancel" : "hold"
      else if (now >= reminderFrom(deadline)) action = "remind"
    }
    return new StepResponse({
      action,
      order_id: view?.order?.id ?? null,
      recipients: view ? noticeRecipients(view.order) : [],
      data: view ? noticeData(view) : {},
    })
  }
)
