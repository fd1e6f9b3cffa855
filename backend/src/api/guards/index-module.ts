import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FeatureFlag, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * `/admin/index/*` when Medusa's index module is not enabled (this shop does
 * not use it): Medusa's own check sets 404 but never ends the response, so
 * the request hangs until the client gives up. Answer 404 here instead.
 */
export function requireIndexModule(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const index = req.scope.resolve(Modules.INDEX, { allowUnregistered: true })
  if (!index || !FeatureFlag.isFeatureEnabled("index_engine")) {
    return next(
      new MedusaError(MedusaError.Types.NOT_FOUND, "The index module is not enabled on this shop")
    )
  }
  next()
}
