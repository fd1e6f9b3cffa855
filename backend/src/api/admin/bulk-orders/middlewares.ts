import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import { AdminListBulkOrdersParams } from "./validators"

/** The support team's bulk orders (a farm account gets 403 on them: see farm-scope.ts). */
export const adminBulkOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/bulk-orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListBulkOrdersParams, listQueryConfig)],
  },
]
