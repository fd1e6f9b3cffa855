import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { suggestTable } from "../../../../search/suggestions"
import { SUGGESTION_LIMIT, type StoreSearchSuggestResponse } from "../../../../types/http/search"
import type { StoreSearchSuggestParamsType } from "./validators"

/**
 * GET /store/search/suggest?q=: what the search box offers while a buyer
 * types (products of the publishable key's sales channels that are
 * published, categories, towns, partners), from the in-memory suggestion
 * table (backend/src/search/suggest-table.ts): a binary search per keystroke.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreSearchSuggestParamsType>,
  res: MedusaResponse<StoreSearchSuggestResponse>
) => {
  const table = await suggestTable(req.scope)
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  res.json({ suggestions: table.lookup(req.validatedQuery.q, channels, SUGGESTION_LIMIT) })
}
