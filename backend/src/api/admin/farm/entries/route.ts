import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { farmOf } from "../../../farm-scope"
import { listEntries } from "../../aid/report"
import type { FarmEntriesParamsType } from "../validators"

/** GET /admin/farm/entries?from=&to=&limit=&offset=: the farm's own aid-ledger entries, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const farm = await farmOf(req)
  const { partner_id: _ignored, ...params } = req.validatedQuery as FarmEntriesParamsType
  res.json(await listEntries(req.scope, { ...params, partner: farm.partner_id }))
}
