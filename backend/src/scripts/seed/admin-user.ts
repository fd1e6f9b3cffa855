import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { adminCredentials } from "./admin-credentials"

/** Creates the support team's admin user (email/password login) unless it exists. */
export async function ensureAdminUser(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { email, password } = adminCredentials()
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) return existing

  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "帮扶", last_name: "管理员" }] },
  })
  const user = result[0]
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not create the admin login for ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  logger.info(`Seed: admin user ${email} created`)
  return user
}
