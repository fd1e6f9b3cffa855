import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import AlipayProviderService from "./service"

/** Payment provider `pp_alipay_alipay`: 支付宝 电脑网站支付 and 手机网站支付. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [AlipayProviderService],
})
