import type { MedusaContainer } from "@medusajs/framework/types"
import { buildSuggestionsIfDue } from "../search/suggestion-writer"

/**
 * Every five minutes, in the worker: builds the suggestion table whole when
 * it never was, when its format changed, after a failed write, or when the
 * last whole build is a day old (backend/src/search/suggestion-writer.ts).
 * Catalogue events keep it current between builds.
 */
export default async function searchSuggestionsJob(container: MedusaContainer) {
  await buildSuggestionsIfDue(container)
}

export const config = {
  name: "search-suggestions",
  schedule: "*/5 * * * *",
}
