import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { AlipayData } from "../../../../modules/alipay/trade"
import { captureIfPaid } from "../../../../workflows/alipay/recover-payments"
import { yuanString } from "../../../../shared/money"
import { ALIPAY_PROVIDER_ID, type StoreAlipayStatusResponse } from "../../../../types/http/payments"
import type { StoreAlipayStatusParamsType } from "./validators"

type Payment = {
  id: string
  provider_id: string
  amount: unknown
  data: Partial<AlipayData> | null
  captured_at: Date | string | null
  canceled_at: Date | string | null
  created_at: Date | string
}

const iso = (at: Date | string | null | undefined) => (at ? new Date(at).toISOString() : null)

/** The order's newest Alipay payment, as stored now. */
async function alipayPaymentOf(req: MedusaRequest, orderId: string): Promise<Payment | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.created_at",
    ],
    filters: { id: orderId },
  })
  const [order] = data as { payment_collections?: ({ payments?: (Payment | null)[] } | null)[] }[]
  if (!order)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return (
    (order.payment_collections ?? [])
      .flatMap((c) => c?.payments ?? [])
      .filter((p): p is Payment => p?.provider_id === ALIPAY_PROVIDER_ID)
      .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0] ?? null
  )
}

/**
 * GET /store/alipay/status?order_id=…
 *
 * Where an order's 支付宝 payment stands, for its confirmation page to poll:
 * `awaiting_payment` (with the cashier address to reopen), `paid` or
 * `canceled`. While awaiting, each call asks Alipay (the provider's capture
 * queries the trade, through Medusa's capturePaymentWorkflow): a payment
 * whose notification was lost is captured here. Only who may read the order
 * gets an answer (the order-access guard; 404 otherwise).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreAlipayStatusParamsType>,
  res: MedusaResponse<StoreAlipayStatusResponse>
) {
  const orderId = req.validatedQuery.order_id
  let payment = await alipayPaymentOf(req, orderId)
  if (!payment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "该订单没有支付宝付款")
  }
  if (!payment.captured_at && !payment.canceled_at) {
    await captureIfPaid(req.scope, payment.id)
    payment = (await alipayPaymentOf(req, orderId))!
  }
  const state = payment.captured_at ? "paid" : payment.canceled_at ? "canceled" : "awaiting_payment"
  res.setHeader("Cache-Control", "no-store")
  res.json({
    alipay: {
      order_id: orderId,
      state,
      amount: yuanString(MathBN.convert(payment.amount as string)),
      pay_url: state === "awaiting_payment" ? (payment.data?.pay_url ?? null) : null,
      expires_at: payment.data?.expires_at ?? null,
      paid_at: payment.data?.paid_at ?? iso(payment.captured_at),
    },
  })
}
