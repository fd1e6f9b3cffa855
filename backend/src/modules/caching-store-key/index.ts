import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StoreKeyCachingProvider from "./service"

/**
 * A Caching Module provider keeping only the store's publishable-key check
 * (./service.ts); registered as the default provider in config/redis.ts.
 */
export default ModuleProvider(Modules.CACHING, {
  services: [StoreKeyCachingProvider],
})
