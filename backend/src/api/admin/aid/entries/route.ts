import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAidEntryListResponse } from "../../../../types/http/aid"
import { listEntries } from "../report"
import type { AdminAidEntriesParamsType } from "../validators"

/** GET /admin/aid/entries?town=&partner=&order_id=&kind=&from=&to=&limit=&offset=: ledger entries, newest first. */
export async function GET(
  req: MedusaRequest<unknown, AdminAidEntriesParamsType>,
  res: MedusaResponse<AdminAidEntryListResponse>
) {
  res.json(await listEntries(req.scope, req.validatedQuery))
}
