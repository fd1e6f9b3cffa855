import { z } from "@medusajs/framework/zod"
import { listParams } from "../../utils/validators"

export {
  townCreateSchema as AdminCreateTown,
  type TownCreateInput as AdminCreateTownType,
  townUpdateSchema as AdminUpdateTown,
  type TownUpdateInput as AdminUpdateTownType,
} from "../../../shared/provenance"

export const AdminListTownsParams = z.object(listParams)
export type AdminListTownsParamsType = z.infer<typeof AdminListTownsParams>
