import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreWechatPayOauthResponse } from "../../../../../types/http/wechatpay"
import { heldCart } from "../held-cart"
import { wechatOauthOf } from "./oauth-module"
import type { StoreWechatPayOauthBodyType } from "./validators"

/**
 * POST /store/payments/wechatpay/oauth `{ cart_id }`
 *
 * Where the storefront sends a buyer in WeChat's browser before JSAPI pay:
 * WeChat's 网页授权 page (snsapi_base, silent), coming back to the
 * storefront's callback with a `code` and the `state` made here for this
 * cart. The cart's holder only (404 otherwise); 404 when the shop has no AppSecret.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreWechatPayOauthBodyType>,
  res: MedusaResponse<StoreWechatPayOauthResponse>
) {
  const oauth = wechatOauthOf(req.scope)
  const cart = await heldCart(req, req.validatedBody.cart_id, [], "找不到该购物车")
  const { url, expires_at } = oauth.authorizeUrlFor(cart.id)
  res.json({ wechat_oauth: { authorize_url: url, expires_at } })
}
