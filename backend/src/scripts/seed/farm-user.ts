import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../modules/provenance"
import { linkFarmStaff } from "../../workflows/farm/link-staff"
import { demoFarmCredentials } from "./farm-credentials"

/**
 * Creates the demo farm account (a user linked to its partner, with an
 * email/password login) unless it exists; an existing user keeps its
 * password and is only linked if the link is missing.
 */
export async function ensureDemoFarmUser(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { email, password, partner_handle } = demoFarmCredentials()
  const [partner] = await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listPartners({ handle: partner_handle }, { select: ["id"] })
  if (!partner) return null
  const users = container.resolve(Modules.USER)
  let [user] = await users.listUsers({ email })
  if (!user) {
    const { result } = await createUsersWorkflow(container).run({
      input: { users: [{ email, first_name: "东溪", last_name: "农场" }] },
    })
    user = result[0]
    const auth = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email, password },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not create the farm login for ${email}: ${error}`)
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
    logger.info(`Seed: farm user ${email} created`)
  }
  await linkFarmStaff(container, { user_id: user.id, partner_id: partner.id })
  return user
}
