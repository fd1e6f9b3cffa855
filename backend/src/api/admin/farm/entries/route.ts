import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { farmOf } from "../../../farm-scope"
import { listEntries } from "../../aid/report"
import type { AdminFarmEntryListResponse } from "../../../../types/http/farm-sales"
import type { FarmEntriesParamsType } from "../validators"

/** GET /admin/farm/entries?from=&to=&limit=&offset=: the farm's own aid-ledger entries, newest first. */
export async function GET(
  req: MedusaRequest<unknown, FarmEntriesParamsType>,
  res: MedusaResponse<AdminFarmEntryListResponse>
) {
  const farm = await farmOf(req)
  const { partner_id: _ignored, ...params } = req.validatedQuery
  res.json(await listEntries(req.scope, { ...params, partner: farm.partner_id }))
}
