import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateProductAdditionalData, AdminSetProductPartner } from "./validators"

/** Medusa's products with their partner (provenance). */
export const adminProductMiddlewares: MiddlewareRoute[] = [
  {
    // POST /admin/products accepts additional_data.partner_id: the product is
    // created already linked to its partner (see workflows/hooks/product-partner.ts).
    matcher: "/admin/products",
    methods: ["POST"],
    additionalDataValidator: AdminCreateProductAdditionalData,
  },
  {
    matcher: "/admin/products/:id/partner",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetProductPartner)],
  },
]
