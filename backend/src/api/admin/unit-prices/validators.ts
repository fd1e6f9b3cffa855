import { z } from "@medusajs/framework/zod"
import { listParams } from "../../utils/validators"

export {
  unitPriceSetSchema as AdminSetUnitPrices,
  type UnitPriceSetInput as AdminSetUnitPricesType,
} from "../../../shared/unit-prices"

/** GET /admin/unit-prices: `q` searches the products' titles, and a page of them. */
export const AdminListUnitPricesParams = z.object(listParams)
export type AdminListUnitPricesParamsType = z.infer<typeof AdminListUnitPricesParams>
