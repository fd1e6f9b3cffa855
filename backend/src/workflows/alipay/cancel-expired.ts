import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ALIPAY_PROVIDER_ID } from "../../types/http/payments"
import { LOOK_BACK_MS } from "./recover-payments"

/** Time after the trade's expiry before its order is cancelled (clocks, a late query). */
export const EXPIRY_GRACE_MS = 15 * 60_000

export type ExpiredAlipayDecision = { cancel: boolean; order_id: string | null }

type PaymentRow = {
  id: string
  data: { expires_at?: string } | null
  captured_at: string | null
  canceled_at: string | null
  payment_collection?: { order?: { id: string; status: string } | null } | null
}

/** Whether an unpaid Alipay payment's trade has expired (with the grace) and its order may be cancelled. */
export function decideExpiredAlipay(
  payment: PaymentRow | undefined,
  now: Date
): ExpiredAlipayDecision {
  const order = payment?.payment_collection?.order ?? null
  const expires = payment?.data?.expires_at ? new Date(payment.data.expires_at).getTime() : NaN
  const cancel =
    !!payment &&
    !!order &&
    order.status === "pending" &&
    !payment.captured_at &&
    !payment.canceled_at &&
    Number.isFinite(expires) &&
    now.getTime() > expires + EXPIRY_GRACE_MS
  return { cancel, order_id: order?.id ?? null }
}

export const decideExpiredAlipayStepId = "decide-expired-alipay"

/** Reads the payment and its order; read-only. */
export const decideExpiredAlipayStep = createStep(
  decideExpiredAlipayStepId,
  async (input: { payment_id: string; now: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "data",
        "captured_at",
        "canceled_at",
        "payment_collection.order.id",
        "payment_collection.order.status",
      ],
      filters: { id: input.payment_id },
    })
    return new StepResponse(decideExpiredAlipay(data[0] as PaymentRow, new Date(input.now)))
  }
)

/**
 * An Alipay order whose trade expired unpaid (Alipay closed it at
 * `time_expire`): cancelled with Medusa's cancel-order workflow, which
 * releases its stock reservations and cancels the payment (the provider
 * closes the trade, and refunds it should Alipay say it was paid after all).
 */
export const cancelExpiredAlipayOrderWorkflow = createWorkflow(
  "cancel-expired-alipay-order",
  (input: { payment_id: string; now: string }) => {
    const decision = decideExpiredAlipayStep(input)
    when({ decision }, ({ decision }) => decision.cancel).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ decision }, ({ decision }) => ({ order_id: decision.order_id! })),
      })
    })
    return new WorkflowResponse(decision)
  }
)

/**
 * Cancels the order of each unpaid Alipay payment (of the last three days)
 * whose trade expired; run after the query fallback captured what was paid.
 * Answers the orders cancelled.
 */
export async function cancelExpiredAlipayOrders(
  container: MedusaContainer,
  now: Date
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: open } = await query.graph({
    entity: "payment",
    fields: ["id", "data"],
    filters: {
      provider_id: ALIPAY_PROVIDER_ID,
      captured_at: null,
      canceled_at: null,
      created_at: { $gte: new Date(now.getTime() - LOOK_BACK_MS).toISOString() },
    },
    pagination: { take: 500 },
  })
  const expired = (open as { id: string; data: { expires_at?: string } | null }[]).filter(
    (p) =>
      p.data?.expires_at && now.getTime() > new Date(p.data.expires_at).getTime() + EXPIRY_GRACE_MS
  )
  const canceled: string[] = []
  for (const { id } of expired) {
    try {
      const { result } = await cancelExpiredAlipayOrderWorkflow(container).run({
        input: { payment_id: id, now: now.toISOString() },
      })
      if (result.cancel && result.order_id) canceled.push(result.order_id)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Alipay: the expired order of payment ${id} was not cancelled: ${String(error)}`)
    }
  }
  return canceled
}
