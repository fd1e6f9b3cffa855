import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listQueryConfig } from "../../utils/query-config"
import { adminUnitNegotiatedPriceMiddlewares } from "./[id]/prices/middlewares"
import { checkCreditCode } from "./credit-code"
import {
  AdminAddUnitMember,
  AdminCreateUnit,
  AdminDisableUnit,
  AdminListUnitsParams,
  AdminUpdateUnit,
  AdminUpdateUnitMember,
  AdminVerifyUnit,
} from "./validators"

/** The support team's unit routes (a farm account gets 403 on them: see farm-scope.ts). */
export const adminUnitMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/units",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListUnitsParams, listQueryConfig)],
  },
  {
    matcher: "/admin/units",
    methods: ["POST"],
    middlewares: [checkCreditCode, validateAndTransformBody(AdminCreateUnit)],
  },
  {
    matcher: "/admin/units/:id",
    methods: ["POST"],
    middlewares: [checkCreditCode, validateAndTransformBody(AdminUpdateUnit)],
  },
  {
    matcher: "/admin/units/:id/verify",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminVerifyUnit)],
  },
  {
    matcher: "/admin/units/:id/disable",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminDisableUnit)],
  },
  {
    matcher: "/admin/units/:id/members",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddUnitMember)],
  },
  {
    matcher: "/admin/units/:id/members/:member_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateUnitMember)],
  },
  ...adminUnitNegotiatedPriceMiddlewares,
]
