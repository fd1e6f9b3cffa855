import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VersionedCachingProvider from "./service"

/**
 * The shop's default Caching Module provider (./service.ts): the store's
 * publishable-key check for 30 s, and the checkout's catalogue reads keyed by
 * the catalogue's version; registered in config/redis.ts.
 */
export default ModuleProvider(Modules.CACHING, {
  services: [VersionedCachingProvider],
})
