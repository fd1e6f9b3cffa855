import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { checkCreditCode } from "../../admin/units/credit-code"
import { refuseUnitFields, requireUnitRole, unitAdminOrLeaving, unitScope } from "./unit-scope"
import {
  StoreAddUnitMember,
  StoreApplyUnit,
  StoreUpdateUnit,
  StoreUnitPricesParams,
  StoreUpdateUnitMember,
} from "./validators"

const unitAdmin = requireUnitRole("admin")

/**
 * /store/units: signed-in customers only (401 otherwise), no `fields`; the
 * /me routes act for the customer's own unit (`unitScope`), the writes for
 * its 管理员 only.
 */
export const storeUnitMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units*",
    middlewares: [authenticate("customer", ["session", "bearer"]), refuseUnitFields],
  },
  { matcher: "/store/units/me*", middlewares: [unitScope] },
  {
    matcher: "/store/units",
    methods: ["POST"],
    middlewares: [checkCreditCode, validateAndTransformBody(StoreApplyUnit)],
  },
  {
    matcher: "/store/units/me",
    methods: ["POST"],
    middlewares: [unitAdmin, checkCreditCode, validateAndTransformBody(StoreUpdateUnit)],
  },
  {
    matcher: "/store/units/me/members",
    methods: ["POST"],
    middlewares: [unitAdmin, validateAndTransformBody(StoreAddUnitMember)],
  },
  {
    matcher: "/store/units/me/members/:id",
    methods: ["POST"],
    middlewares: [unitAdmin, validateAndTransformBody(StoreUpdateUnitMember)],
  },
  {
    matcher: "/store/units/me/members/:id",
    methods: ["DELETE"],
    middlewares: [unitAdminOrLeaving],
  },
  {
    matcher: "/store/units/me/prices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreUnitPricesParams, {})],
  },
]
