import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  type StoreWechatPayJsapiResponse,
  WECHATPAY_PROVIDER_ID,
  type WechatPaySessionData,
} from "../../../../../types/http/wechatpay"
import { openWechatJsapiSessionWorkflow } from "../../../../../workflows/wechatpay/open-jsapi-session"
import { heldCart } from "../held-cart"
import { wechatOauthOf } from "../oauth/oauth-module"
import type { StoreWechatPayJsapiBodyType } from "../oauth/validators"

type Session = { id: string; provider_id: string; data: WechatPaySessionData }
type Cart = { completed_at: string | null; payment_collection: { id: string } | null }

/**
 * POST /store/payments/wechatpay/jsapi `{ cart_id, code, state }`
 *
 * The storefront's 网页授权 callback hands over what WeChat gave the buyer:
 * the state must be the one made for this cart (and not expired), the code
 * is exchanged for the buyer's openid here (never taken from the browser),
 * and the cart's WeChat Pay session is opened as JSAPI with it. Answers the
 * signed parameters of `getBrandWCPayRequest`, without the openid. The cart's
 * holder only (404 otherwise).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreWechatPayJsapiBodyType>,
  res: MedusaResponse<StoreWechatPayJsapiResponse>
) {
  const oauth = wechatOauthOf(req.scope)
  const { cart_id, code, state } = req.validatedBody
  const cart = await heldCart<Cart>(
    req,
    cart_id,
    ["completed_at", "payment_collection.id"],
    "找不到该购物车"
  )
  oauth.assertState(state, cart.id)
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "该购物车已下单，无需再次支付")
  }
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { result } = await createPaymentCollectionForCartWorkflow(req.scope).run({
      input: { cart_id: cart.id },
    })
    collectionId = (result as { id: string }).id
  }
  const { result } = await openWechatJsapiSessionWorkflow(req.scope).run({
    input: {
      payment_collection_id: collectionId,
      customer_id: req.auth_context?.actor_id || undefined,
      code,
    },
  })
  const session = result as unknown as Session
  if (session.provider_id !== WECHATPAY_PROVIDER_ID || !session.data?.jsapi) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "微信支付未返回支付参数")
  }
  const { out_trade_no, amount_fen, time_expire, jsapi } = session.data
  res.json({
    wechatpay: { payment_session_id: session.id, out_trade_no, amount_fen, time_expire, jsapi },
  })
}
