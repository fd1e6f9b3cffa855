import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MeilisearchSearchService from "./service"

/**
 * Search provider `search-meilisearch` for Medusa's Search Module: the shop's
 * product index in Meilisearch, written with the `meilisearch` client
 * (docs/search.md, "The Meilisearch provider"). Selected in medusa-config.ts
 * when MEILISEARCH_HOST and MEILISEARCH_API_KEY are set.
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})
