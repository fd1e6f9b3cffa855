import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import { AdminCreateTown, AdminListTownsParams, AdminUpdateTown } from "./validators"

export const adminTownMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/towns",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListTownsParams, listQueryConfig)],
  },
  {
    matcher: "/admin/towns",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateTown)],
  },
  {
    matcher: "/admin/towns/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateTown)],
  },
]
