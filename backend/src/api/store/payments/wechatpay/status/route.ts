import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { paidAtWechatPay } from "../../../../../modules/wechatpay/status"
import { fenToYuan } from "../../../../../shared/money"
import {
  type StoreWechatPayStatusResponse,
  WECHATPAY_PROVIDER_ID,
  type WechatPaySessionData,
} from "../../../../../types/http/wechatpay"
import { heldCart } from "../held-cart"
import type { StoreWechatPayStatusParamsType } from "./validators"

type Session = {
  id: string
  provider_id: string
  status: string
  data: WechatPaySessionData
  created_at: string
}
type Cart = {
  payment_collection: { payment_sessions: (Session | null)[] | null } | null
}

/**
 * GET /store/payments/wechatpay/status?cart_id=
 *
 * Whether the cart's WeChat Pay order has been paid, for the checkout's QR
 * code and the confirmation page that poll it. When WeChat Pay says paid but
 * its notification has not arrived (lost or late), this does what the
 * notification would have done (Medusa's processPaymentWorkflow: the payment
 * authorized and captured, the cart completed), so the order appears either
 * way, once. Only for the cart's holder: a cart of a registered customer
 * answers only that customer; anyone else gets 404.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreWechatPayStatusParamsType>,
  res: MedusaResponse<StoreWechatPayStatusResponse>
) {
  const { cart_id } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await heldCart<Cart>(req, cart_id, [
    "payment_collection.payment_sessions.id",
    "payment_collection.payment_sessions.provider_id",
    "payment_collection.payment_sessions.status",
    "payment_collection.payment_sessions.data",
    "payment_collection.payment_sessions.created_at",
  ])
  const session = (cart.payment_collection?.payment_sessions ?? [])
    .filter((s): s is Session => s?.provider_id === WECHATPAY_PROVIDER_ID && !!s.data?.out_trade_no)
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0]
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, "找不到该购物车的微信支付")

  const orderOf = async () => {
    const { data } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id },
    })
    return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
  }
  let orderId = await orderOf()
  let tradeState = session.data.trade_state ?? null
  let paid = !!orderId || session.status === "authorized" || session.status === "captured"
  if (!paid) {
    const status = await paidAtWechatPay(req.scope, session.data)
    tradeState = status.trade_state
    if (status.paid) {
      await processPaymentWorkflow(req.scope).run({
        input: {
          action: "captured",
          data: { session_id: session.id, amount: fenToYuan(session.data.amount_fen) },
        },
      })
      paid = true
      orderId = await orderOf()
    }
  }
  res.json({
    wechatpay: {
      status: paid ? "paid" : tradeState === "CLOSED" ? "closed" : "pending",
      trade_state: paid ? (tradeState === "REFUND" ? "REFUND" : "SUCCESS") : tradeState,
      out_trade_no: session.data.out_trade_no,
      amount_fen: session.data.amount_fen,
      time_expire: session.data.time_expire,
      order_id: orderId,
    },
  })
}
