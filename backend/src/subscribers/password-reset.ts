import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { passwordResetEmail, type PasswordResetEvent } from "../auth/password-reset"

/**
 * Sends the password-reset link by e-mail when Medusa made a reset token
 * (`auth.password_reset`): the admin's reset page for support and farm
 * users, the storefront's for buyers. Who gets one and the link: see
 * backend/src/auth/password-reset.ts.
 */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const email = await passwordResetEmail(container, event.data ?? {})
  if (!email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({ ...email, channel: "email" })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "password-reset-email" },
}
