import { z } from "@medusajs/framework/zod"

/** POST /admin/products/:id/partner: assigns the product to a partner. */
export const AdminSetProductPartner = z.object({
  partner_id: z.string().trim().min(1, "partner_id is required"),
})
export type AdminSetProductPartnerType = z.infer<typeof AdminSetProductPartner>

/** POST /admin/products: `additional_data.partner_id` creates the product already linked to it. */
export const AdminCreateProductAdditionalData = {
  partner_id: z.string().trim().min(1).optional(),
}
