import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BankTransferProviderService from "./service"

/** Payment provider `pp_bank-transfer_bank-transfer`: 对公转账. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [BankTransferProviderService],
})
