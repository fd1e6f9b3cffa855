import { Module } from "@medusajs/framework/utils"
import AuthThrottleModuleService from "./service"

/**
 * Sign-in limits for the /auth routes (see ./service.ts and ./limits.ts).
 * Registered in medusa-config.ts with `redisUrl` when REDIS_URL is set.
 */
export const AUTH_THROTTLE_MODULE = "authThrottle"

export default Module(AUTH_THROTTLE_MODULE, {
  service: AuthThrottleModuleService,
})

export type { AuthThrottleModuleService }
