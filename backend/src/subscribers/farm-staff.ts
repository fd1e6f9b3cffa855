import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../modules/farm"
import { linkFarmStaff } from "../workflows/farm"

/**
 * An accepted invite that was a farm staff invite links the new user to its
 * partner. (The scope middleware does the same on the user's first request
 * if this has not run yet, so the user never acts as the support team.)
 */
export default async function farmStaffHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const farm = container.resolve<FarmModuleService>(FARM_MODULE)
  const [record] = await farm.listFarmStaffInvites({ invite_id: event.data.id })
  if (!record) return
  const [user] = await container.resolve(Modules.USER).listUsers({ email: record.email })
  if (!user) return
  await linkFarmStaff(container, {
    user_id: user.id,
    partner_id: record.partner_id,
    invite_id: record.invite_id,
  })
}

export const config: SubscriberConfig = {
  event: "invite.accepted",
  context: { subscriberId: "farm-staff-link" },
}
