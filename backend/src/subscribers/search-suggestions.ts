import type { SubscriberConfig } from "@medusajs/framework"
import { PROVENANCE_EVENTS } from "../modules/provenance"
import { markSuggestionsStale } from "../search/suggestions"

/**
 * Search suggestions (backend/src/search/suggestions.ts) follow the
 * catalogue: a new, renamed, unpublished or deleted product, category,
 * partner or town marks this process's table stale, and the next
 * `GET /store/search/suggest` rebuilds it once, however many events came.
 */
export default async function searchSuggestionsHandler() {
  markSuggestionsStale()
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    PROVENANCE_EVENTS.townCreated,
    PROVENANCE_EVENTS.townUpdated,
    PROVENANCE_EVENTS.partnerCreated,
    PROVENANCE_EVENTS.partnerUpdated,
  ],
  context: { subscriberId: "search-suggestions" },
}
