import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../modules/provenance"

export type InviteFarmStaffInput = { partner_id: string; email: string; invited_by: string | null }

export const validateFarmStaffInviteStepId = "validate-farm-staff-invite"

/** The partner must exist and the email must not belong to a user already (a user belongs to at most one farm). */
export const validateFarmStaffInviteStep = createStep(
  validateFarmStaffInviteStepId,
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
