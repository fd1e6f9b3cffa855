import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminUnitQuotaParams } from "./validators"

/** The support team's table of units' yearly aid quotas. */
export const adminUnitQuotaMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/unit-quotas",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminUnitQuotaParams, {})],
  },
]
