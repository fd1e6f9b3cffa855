import { z } from "@medusajs/framework/zod"
import { booleanFlag, listParams } from "../../utils/validators"

/** GET /admin/provenance/products: `unassigned=true` lists only products without a partner. */
export const AdminListProductProvenanceParams = z.object({
  ...listParams,
  unassigned: booleanFlag,
})
export type AdminListProductProvenanceParamsType = z.infer<typeof AdminListProductProvenanceParams>
