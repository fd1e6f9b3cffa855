import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitMembership } from "../../../modules/unit/service"
import type { ErrorResponse } from "../../../types/http/common"
import type { UnitMemberRole } from "../../../types/http/unit"
import { fieldsProblem } from "../../field-scope"

/** A store request as the unit scope marks it: the signed-in customer's membership. */
export type UnitRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  unit_membership?: UnitMembership
}

/** The membership `unitScope` resolved (the routes under /store/units/me run behind it). */
export function membershipOf(req: MedusaRequest): UnitMembership {
  const membership = (req as UnitRequest).unit_membership
  if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, "你还不是任何单位的成员")
  return membership
}

/** DELETE /store/units/me/members/:id of the caller's own membership: leaving the unit. */
export function leavesUnit(req: MedusaRequest, membership: UnitMembership): boolean {
  if (req.method !== "DELETE") return false
  const path = (req.originalUrl || req.url).split("?")[0]
  const id = /^\/store\/units\/me\/members\/([^/]+)\/?$/i.exec(path)?.[1]
  try {
    return id !== undefined && decodeURIComponent(id) === membership.member_id
  } catch {
    return false
  }
}

/**
 * For every /store/units/me request: the signed-in customer's unit, resolved
 * once (there is never a unit id in a store path, so no other unit can be
 * named). 404 when the customer belongs to no unit; a disabled unit's
 * members may read it and leave it, but not act as the unit (403 on every
 * other write).
 */
export async function unitScope(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  try {
    const customerId = (req as UnitRequest).auth_context?.actor_id
    const units = req.scope.resolve<UnitModuleService>(UNIT_MODULE)
    const membership = customerId ? await units.membershipOf(customerId) : null
    if (!membership) {
      res.status(404).json({ type: "not_found", message: "你还不是任何单位的成员" })
      return
    }
    if (
      membership.unit_status === "disabled" &&
      req.method !== "GET" &&
      !leavesUnit(req, membership)
    ) {
      res.status(403).json({ type: "not_allowed", message: "单位已停用，不能以单位身份操作" })
      return
    }
    ;(req as UnitRequest).unit_membership = membership
    next()
  } catch (error) {
    next(error)
  }
}

/** Only members with one of `roles` may go on (403 otherwise); after `unitScope`. */
export const requireUnitRole =
  (...roles: UnitMemberRole[]) =>
  (req: MedusaRequest, res: MedusaResponse<ErrorResponse>, next: MedusaNextFunction) => {
    const membership = (req as UnitRequest).unit_membership
    if (!membership || !roles.includes(membership.role)) {
      res.status(403).json({ type: "not_allowed", message: "只有单位管理员可以进行此操作" })
      return
    }
    next()
  }

/**
 * Only the 管理员 removes a member; any member may remove themselves (leave
 * the unit: nobody is kept in a unit that added them), except the last 管理员,
 * whom the workflow keeps.
 */
export function unitAdminOrLeaving(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (membership && leavesUnit(req, membership)) return next()
  requireUnitRole("admin")(req, res, next)
}

/**
 * The unit routes choose their fields themselves: Medusa's field expansion
 * (`fields=`, which follows module links to other units and customers) is
 * refused with a 400, as on the farm routes (field-scope.ts).
 */
export function refuseUnitFields(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const path = (req.originalUrl || req.url).split("?")[0]
  const problem = fieldsProblem((req.query ?? {}).fields, [], path)
  if (!problem) return next()
  res.status(400).json({ type: "invalid_data", message: problem })
}
