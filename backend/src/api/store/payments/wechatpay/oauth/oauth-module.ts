import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  WECHAT_OAUTH_MODULE,
  type WechatOauthModuleService,
} from "../../../../../modules/wechat-oauth"

/** The 网页授权 module, or 404 when the shop has no AppSecret (the checkout then shows the QR code). */
export function wechatOauthOf(scope: MedusaContainer): WechatOauthModuleService {
  if (!scope.hasRegistration(WECHAT_OAUTH_MODULE)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "本店未开通微信内支付，请扫码支付")
  }
  return scope.resolve<WechatOauthModuleService>(WECHAT_OAUTH_MODULE)
}
