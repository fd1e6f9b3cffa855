import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ShopPostgresSearchService from "./service"

/**
 * Search provider `search-postgres` for Medusa's Search Module: Medusa's
 * PostgreSQL provider with the store's scope written so the planner starts
 * from the text index, and the count and facets only run when the hits
 * leave them unknown (docs/search.md, "Speed"). The default provider.
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [ShopPostgresSearchService],
})
