import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { passwordResetEmail, type PasswordResetEvent } from "../auth/password-reset"

let warned = false

/**
 * Sends the password-reset link by e-mail when Medusa made a reset token
 * (`auth.password_reset`): the admin's reset page for support and farm
 * users, the storefront's for buyers. Who gets one and the link: see
 * backend/src/auth/password-reset.ts.
 */
export default async function passwordResetHandler({
  event,
  container,
}: SubscriberArgs<PasswordResetEvent>) {
  const email = await passwordResetEmail(container, event.data ?? {})
  if (!email) return
  const urlVariable = email.data.actor_type === "user" ? "MEDUSA_BACKEND_URL" : "STOREFRONT_URL"
  if (process.env.NODE_ENV === "production" && !process.env[urlVariable] && !warned) {
    warned = true
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `${urlVariable} is not set: password-reset e-mails link to a localhost address. Set it to the public URL.`
      )
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({ ...email, channel: "email" })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "password-reset-email" },
}
