import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../../modules/farm"
import { inviteFarmStaffWorkflow } from "../../../../../workflows/farm"
import type { FarmStaffBodyType } from "../../../farm/validators"

async function partnerOr404(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
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
    filters: { id: req.params.id },
  })
  if (!data[0])
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner "${req.params.id}" not found`)
  return data[0] as any
}

/** The accept link of an invite, opened in the admin (/app/invite). */
const acceptUrl = (token: string) => `/app/invite?token=${encodeURIComponent(token)}`

/**
 * GET /admin/partners/:id/staff: the partner's farm accounts and the
 * invitations not accepted yet (support team only).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const partner = await partnerOr404(req)
  const pending = await req.scope
    .resolve<FarmModuleService>(FARM_MODULE)
    .listFarmStaffInvites(
      { partner_id: partner.id, user_id: null } as any,
      { order: { created_at: "DESC" } } as any
    )
  const invites = pending.length
    ? await req.scope.resolve(Modules.USER).listInvites({ id: pending.map((p) => p.invite_id) })
    : []
  const inviteOf = new Map(invites.map((i: any) => [i.id, i]))
  res.json({
    users: (partner.users ?? []).map((u: any) => ({
      id: u.id,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      created_at: u.created_at,
    })),
    invites: pending
      .filter((p) => inviteOf.has(p.invite_id))
      .map((p) => {
        const invite: any = inviteOf.get(p.invite_id)
        return {
          id: invite.id,
          email: invite.email,
          expires_at: invite.expires_at,
          created_at: invite.created_at,
          accept_url: acceptUrl(invite.token),
        }
      }),
  })
}

/**
 * POST /admin/partners/:id/staff { email }: invites a staff member for the
 * partner (Medusa's invite; the person opens `accept_url`, sets a password
 * and becomes a farm account of this partner).
 */
export async function POST(req: MedusaRequest<FarmStaffBodyType>, res: MedusaResponse) {
  const partner = await partnerOr404(req)
  const { result } = await inviteFarmStaffWorkflow(req.scope).run({
    input: {
      partner_id: partner.id,
      email: req.validatedBody.email,
      invited_by: (req as any).auth_context?.actor_id ?? null,
    },
  })
  const invite: any = result.invite
  res.status(201).json({
    invite: {
      id: invite.id,
      email: invite.email,
      expires_at: invite.expires_at,
      created_at: invite.created_at,
      accept_url: acceptUrl(invite.token),
      token: invite.token,
    },
  })
}
