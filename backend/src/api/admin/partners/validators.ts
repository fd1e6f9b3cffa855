import { z } from "@medusajs/framework/zod"
import { PARTNER_KINDS } from "../../../types/http/provenance"
import { booleanFlag, listParams } from "../../utils/validators"

export {
  partnerCreateSchema as AdminCreatePartner,
  type PartnerCreateInput as AdminCreatePartnerType,
  partnerUpdateSchema as AdminUpdatePartner,
  type PartnerUpdateInput as AdminUpdatePartnerType,
} from "../../../shared/provenance"

export const AdminListPartnersParams = z.object({
  ...listParams,
  town_id: z.string().min(1).optional(),
  kind: z.enum(PARTNER_KINDS).optional(),
  is_active: booleanFlag,
})
export type AdminListPartnersParamsType = z.infer<typeof AdminListPartnersParams>

/** POST /admin/partners/:id/staff: invites a farm account for the partner. */
export const AdminInvitePartnerStaff = z.object({
  email: z.string().trim().toLowerCase().email("email is not an email address"),
})
export type AdminInvitePartnerStaffType = z.infer<typeof AdminInvitePartnerStaff>
