import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import { FARM_MODULE, type FarmModuleService } from "../../modules/farm"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../modules/provenance"

export type InviteFarmStaffInput = { partner_id: string; email: string; invited_by: string | null }

/** The partner must exist and the email must not belong to a user already (a user belongs to at most one farm). */
const validateFarmStaffInviteStep = createStep(
  "validate-farm-staff-invite",
  async (input: InviteFarmStaffInput, { container }) => {
    await container
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .retrievePartner(input.partner_id, { select: ["id"] })
    const [user] = await container
      .resolve(Modules.USER)
      .listUsers({ email: input.email }, { select: ["id"] })
    if (user) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A user with email "${input.email}" already exists`
      )
    }
    return new StepResponse(undefined)
  }
)

const recordFarmStaffInviteStep = createStep(
  "record-farm-staff-invite",
  async (input: InviteFarmStaffInput & { invite_id: string }, { container }) => {
    const farm = container.resolve<FarmModuleService>(FARM_MODULE)
    const created = await farm.createFarmStaffInvites(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmStaffInvites([id])
  }
)

/**
 * The support team invites a staff member for a farm: Medusa's invite (the
 * person sets a password on the admin's invite page) carrying the partner,
 * and the farm's record of it, which links the new user to the partner on
 * acceptance.
 */
export const inviteFarmStaffWorkflow = createWorkflow(
  "invite-farm-staff",
  (input: InviteFarmStaffInput) => {
    validateFarmStaffInviteStep(input)
    const invites = createInvitesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        invites: [{ email: input.email, metadata: { partner_id: input.partner_id } }],
      })),
    })
    const record = recordFarmStaffInviteStep(
      transform({ input, invites }, ({ input, invites }) => ({
        ...input,
        invite_id: invites[0].id,
      }))
    )
    return new WorkflowResponse({
      invite: transform({ invites }, ({ invites }) => invites[0]),
      record,
    })
  }
)
