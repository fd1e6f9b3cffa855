import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authGuard } from "./auth-guard"

/**
 * /auth: sign-in limits and password rules. The wildcard matcher sorts
 * ahead of Medusa's own /auth/:actor_type/:auth_provider/... middlewares.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/*", methods: ["POST"], middlewares: [authGuard] },
]
