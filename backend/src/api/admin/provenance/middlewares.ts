import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import { AdminListProductProvenanceParams } from "./validators"

export const adminProvenanceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/provenance/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListProductProvenanceParams, listQueryConfig)],
  },
]
