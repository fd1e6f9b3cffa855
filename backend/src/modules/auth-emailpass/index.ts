import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ShopEmailPassAuthService } from "./service"

/**
 * Auth provider `emailpass`: Medusa's e-mail/password provider that answers
 * known and unknown e-mails alike (see ./service.ts). Registered in
 * medusa-config.ts in place of Medusa's default, under the same id.
 */
export default ModuleProvider(Modules.AUTH, {
  services: [ShopEmailPassAuthService],
})
