import { z } from "@medusajs/framework/zod"

export {
  unitCreateSchema as StoreApplyUnit,
  type UnitCreateInput as StoreApplyUnitType,
  unitUpdateSchema as StoreUpdateUnit,
  type UnitUpdateInput as StoreUpdateUnitType,
  unitMemberAddSchema as StoreAddUnitMember,
  type UnitMemberAddInput as StoreAddUnitMemberType,
  unitMemberUpdateSchema as StoreUpdateUnitMember,
  type UnitMemberUpdateInput as StoreUpdateUnitMemberType,
} from "../../../shared/unit"

/** GET /store/units/me/prices: the products to read (`product_id`, once or repeated, at most 100), or every one. */
export const StoreUnitPricesParams = z.object({
  product_id: z
    .union([z.string().trim().min(1).max(64), z.array(z.string().trim().min(1).max(64)).max(100)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
})
export type StoreUnitPricesParamsType = z.infer<typeof StoreUnitPricesParams>
