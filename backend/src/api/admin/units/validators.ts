import { z } from "@medusajs/framework/zod"
import { line } from "../../../shared/text"
import { UNIT_KINDS, UNIT_STATUSES } from "../../../types/http/unit"
import { listParams } from "../../utils/validators"

export {
  unitCreateSchema as AdminCreateUnit,
  type UnitCreateInput as AdminCreateUnitType,
  unitUpdateSchema as AdminUpdateUnit,
  type UnitUpdateInput as AdminUpdateUnitType,
  unitMemberAddSchema as AdminAddUnitMember,
  type UnitMemberAddInput as AdminAddUnitMemberType,
  unitMemberUpdateSchema as AdminUpdateUnitMember,
  type UnitMemberUpdateInput as AdminUpdateUnitMemberType,
} from "../../../shared/unit"

export const AdminListUnitsParams = z.object({
  ...listParams,
  status: z.enum(UNIT_STATUSES).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
})
export type AdminListUnitsParamsType = z.infer<typeof AdminListUnitsParams>

/** POST /admin/units/:id/disable */
export const AdminDisableUnit = z.object({ reason: line("reason", 200).optional() }).strict()
export type AdminDisableUnitType = z.infer<typeof AdminDisableUnit>

/** POST /admin/units/:id/verify takes no fields. */
export const AdminVerifyUnit = z.object({}).strict()
