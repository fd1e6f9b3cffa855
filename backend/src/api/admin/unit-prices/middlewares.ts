import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import { AdminListUnitPricesParams, AdminSetUnitPrices } from "./validators"

/** The support team's unit price routes (a farm account gets 403 on them: see farm-scope.ts). */
export const adminUnitPriceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/unit-prices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListUnitPricesParams, listQueryConfig)],
  },
  {
    matcher: "/admin/unit-prices/:variant_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetUnitPrices)],
  },
]
