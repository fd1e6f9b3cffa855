import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsNotificationService from "./service"

/**
 * Notification provider `sms` for the `sms` channel: Tencent Cloud SMS
 * (短信, API 2021-01-11, its official Node.js SDK), sending the templates the
 * merchant registered for the shop's messages (docs/notifications.md).
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmsNotificationService],
})
