import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../modules/farm"
import { PROVENANCE_MODULE } from "../../modules/provenance"
import { queryRow } from "../../utils/query"

/**
 * Links a user to its farm (idempotent) and marks the staff invite used.
 * Called when an invite is accepted, and by the scope middleware for a
 * user whose link is not there yet.
 */
export async function linkFarmStaff(
  container: MedusaContainer,
  input: { user_id: string; partner_id: string; invite_id?: string | null }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  type UserRow = { partner: { id: string } | null }
  const user = await queryRow<UserRow>(query, {
    entity: "user",
    fields: ["id", "partner.id"],
    filters: { id: input.user_id },
  })
  const current = user?.partner?.id
  if (!current) {
    try {
      await link.create({
        [Modules.USER]: { user_id: input.user_id },
        [PROVENANCE_MODULE]: { partner_id: input.partner_id },
      })
    } catch (error) {
      // two requests of the same new user at once: the other one linked it
      const again = await queryRow<UserRow>(query, {
        entity: "user",
        fields: ["partner.id"],
        filters: { id: input.user_id },
      })
      if (!again?.partner?.id) throw error
    }
  }
  if (input.invite_id) {
    const farm = container.resolve<FarmModuleService>(FARM_MODULE)
    const invites = await farm.listFarmStaffInvites({
      invite_id: input.invite_id,
      user_id: null,
    })
    if (invites.length) {
      await farm.updateFarmStaffInvites(
        invites.map((invite) => ({
          id: invite.id,
          user_id: input.user_id,
          accepted_at: new Date(),
        }))
      )
    }
  }
}
