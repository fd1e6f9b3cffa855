import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InviteDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../../modules/farm"
import type {
  AdminFarmStaffInviteResponse,
  AdminFarmStaffResponse,
  FarmStaffInvite,
  FarmStaffUser,
} from "../../../../../types/http/farm"
import { inviteFarmStaffWorkflow } from "../../../../../workflows/farm"
import { jsonTime } from "../../../../utils/json"
import type { AdminInvitePartnerStaffType } from "../../validators"

type StaffUser = Omit<FarmStaffUser, "created_at"> & { created_at: Date | string }

async function partnerOr404(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: [
      "id",
      "name",
      "users.id",
      "users.email",
      "users.first_name",
      "users.last_name",
      "users.created_at",
    ],
    filters: { id },
  })
  const [partner] = data as { id: string; name: string; users: StaffUser[] | null }[]
  if (!partner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner "${id}" not found`)
  return partner
}

/** The accept link of an invite, opened in the admin (/app/invite). */
const acceptUrl = (token: string) => `/app/invite?token=${encodeURIComponent(token)}`

/** An invite as the staff routes answer it. */
const inviteJson = (invite: InviteDTO): FarmStaffInvite => ({
  id: invite.id,
  email: invite.email,
  expires_at: jsonTime(invite.expires_at),
  created_at: jsonTime(invite.created_at),
  accept_url: acceptUrl(invite.token),
})

/**
 * GET /admin/partners/:id/staff: the partner's farm accounts and the
 * invitations not accepted yet (support team only).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminFarmStaffResponse>
) {
  const partner = await partnerOr404(req.scope, req.params.id)
  const pending = await req.scope
    .resolve<FarmModuleService>(FARM_MODULE)
    .listFarmStaffInvites(
      { partner_id: partner.id, user_id: null },
      { order: { created_at: "DESC" } }
    )
  const invites = pending.length
    ? await req.scope.resolve(Modules.USER).listInvites({ id: pending.map((p) => p.invite_id) })
    : []
  const inviteOf = new Map(invites.map((i) => [i.id, i]))
  res.json({
    users: (partner.users ?? []).map((u) => ({
      id: u.id,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      created_at: jsonTime(u.created_at),
    })),
    invites: pending
      .map((p) => inviteOf.get(p.invite_id))
      .filter((invite): invite is InviteDTO => !!invite)
      .map(inviteJson),
  })
}

/**
 * POST /admin/partners/:id/staff { email }: invites a staff member for the
 * partner (Medusa's invite; the person opens `accept_url`, sets a password
 * and becomes a farm account of this partner).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminInvitePartnerStaffType>,
  res: MedusaResponse<AdminFarmStaffInviteResponse>
) {
  const partner = await partnerOr404(req.scope, req.params.id)
  const { result } = await inviteFarmStaffWorkflow(req.scope).run({
    input: {
      partner_id: partner.id,
      email: req.validatedBody.email,
      invited_by: req.auth_context?.actor_id ?? null,
    },
  })
  const invite: InviteDTO = result.invite
  res.status(201).json({ invite: { ...inviteJson(invite), token: invite.token } })
}
