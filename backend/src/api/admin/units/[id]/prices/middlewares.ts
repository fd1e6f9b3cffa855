import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetNegotiatedPeriod, AdminSetNegotiatedPrices } from "./validators"

/** A unit's negotiated prices (协议价), support team only (a farm account gets 403: farm-scope.ts). */
export const adminUnitNegotiatedPriceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/units/:id/prices",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetNegotiatedPeriod)],
  },
  {
    matcher: "/admin/units/:id/prices/:variant_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetNegotiatedPrices)],
  },
]
