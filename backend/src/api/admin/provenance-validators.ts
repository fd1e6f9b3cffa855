import { z } from "@medusajs/framework/zod"
import { PARTNER_KINDS } from "../../shared/provenance"

const listParams = {
  q: z.string().trim().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListTownsParams = z.object(listParams)
export type AdminListTownsParamsType = z.infer<typeof AdminListTownsParams>

export const AdminListPartnersParams = z.object({
  ...listParams,
  town_id: z.string().min(1).optional(),
  kind: z.enum(PARTNER_KINDS).optional(),
  is_active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
})
export type AdminListPartnersParamsType = z.infer<typeof AdminListPartnersParams>

export const AdminSetProductPartner = z.object({
  partner_id: z.string().trim().min(1, "partner_id is required"),
})
export type AdminSetProductPartnerType = z.infer<typeof AdminSetProductPartner>

export const AdminListProductProvenanceParams = z.object({
  ...listParams,
  unassigned: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
})
export type AdminListProductProvenanceParamsType = z.infer<typeof AdminListProductProvenanceParams>
