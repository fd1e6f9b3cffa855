import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationService from "./service"

/**
 * Notification provider `smtp` for the `email` channel: sends each message
 * over SMTP (nodemailer) with the text and HTML bodies rendered from the
 * shop's templates (backend/src/modules/notification-outbox/templates.ts).
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationService],
})
