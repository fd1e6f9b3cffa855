import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WECHATPAY_PROVIDER_ID } from "../../../../types/http/wechatpay"

/**
 * Medusa's own `POST /store/payment-collections/:id/payment-sessions` hands
 * the body's `data` to the provider. For WeChat Pay an openid (or JSAPI,
 * which needs one) from there is refused: the payer of a JSAPI order is only
 * the one the shop's 网页授权 exchange found (POST /store/payments/wechatpay/jsapi).
 */
export function refuseBrowserOpenid(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = (req.body ?? {}) as { provider_id?: unknown; data?: unknown }
  if (body.provider_id !== WECHATPAY_PROVIDER_ID || !body.data || typeof body.data !== "object") {
    return next()
  }
  const data = body.data as Record<string, unknown>
  if ("openid" in data || data.channel === "jsapi") {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "微信内支付的付款人 openid 须由商城经微信授权取得，请在微信中重新进入结算页"
      )
    )
  }
  next()
}
