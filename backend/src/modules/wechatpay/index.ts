import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import WechatPayProviderService from "./service"

/** Payment provider `pp_wechatpay_wechatpay`: 微信支付 API v3 (Native, H5, JSAPI). */
export default ModuleProvider(Modules.PAYMENT, {
  services: [WechatPayProviderService],
})
