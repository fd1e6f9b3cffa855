import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PROVENANCE_EVENTS } from "../modules/provenance"
import { queueSuggestion } from "../search/suggestion-writer"
import type { TouchedNames } from "../search/suggestion-source"

const KIND_OF: Record<string, keyof TouchedNames> = {
  "product.created": "product",
  "product.updated": "product",
  "product.deleted": "product",
  "product-category.created": "category",
  "product-category.updated": "category",
  "product-category.deleted": "category",
  [PROVENANCE_EVENTS.townCreated]: "town",
  [PROVENANCE_EVENTS.townUpdated]: "town",
  [PROVENANCE_EVENTS.partnerCreated]: "partner",
  [PROVENANCE_EVENTS.partnerUpdated]: "partner",
}

/**
 * Search suggestions (docs/search.md, "Suggestions") follow the catalogue in
 * the worker (subscribers run where MEDUSA_WORKER_MODE is `worker` or
 * `shared`): a new, renamed, unpublished or deleted product, category,
 * partner or town is queued, and the names of a burst of events are written
 * to the suggestion table together (suggestion-writer.ts). Servers read the
 * table; they never build it.
 */
export default async function searchSuggestionsHandler({
  event,
  container,
}: SubscriberArgs<{ id?: string }>) {
  const kind = KIND_OF[event.name]
  if (kind) queueSuggestion(container, kind, event.data?.id)
}

export const config: SubscriberConfig = {
  event: Object.keys(KIND_OF),
  context: { subscriberId: "search-suggestions" },
}
