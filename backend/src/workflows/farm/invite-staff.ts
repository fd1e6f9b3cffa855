import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import { recordFarmStaffInviteStep } from "./steps/record-staff-invite"
import {
  type InviteFarmStaffInput,
  validateFarmStaffInviteStep,
} from "./steps/validate-staff-invite"

export type { InviteFarmStaffInput }

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
