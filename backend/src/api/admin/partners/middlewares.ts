import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import {
  AdminCreatePartner,
  AdminInvitePartnerStaff,
  AdminListPartnersParams,
  AdminUpdatePartner,
} from "./validators"

export const adminPartnerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/partners",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPartnersParams, listQueryConfig)],
  },
  {
    matcher: "/admin/partners",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePartner)],
  },
  {
    matcher: "/admin/partners/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePartner)],
  },
]

/** A partner's farm accounts (support team only: see farm-scope.ts), registered with the farm routes. */
export const adminPartnerStaffMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/partners/:id/staff",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminInvitePartnerStaff)],
  },
]
