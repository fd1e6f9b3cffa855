import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OutboxNotificationService from "./service"

/**
 * Notification provider `outbox` for the `email` and `sms` channels: renders
 * each message from its template (`./templates`) and writes it to the log
 * instead of delivering it. A development stand-in: production registers a
 * real SMS and e-mail provider for these channels instead.
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [OutboxNotificationService],
})
