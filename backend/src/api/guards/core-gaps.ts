import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Edge fixes for Medusa core routes that answer 500 to a request at fault
 * (an id that names nothing, a module this shop does not run, a value of the
 * wrong type), found by tests/integration/fuzz: each answers 4xx here before
 * the route runs.
 */

/** 404 when the module `name` is not registered (e.g. RBAC, which needs an enterprise licence). */
export function requireModule(name: string, what: string) {
  return function requireRegisteredModule(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!req.scope.resolve(name, { allowUnregistered: true })) {
      return next(
        new MedusaError(MedusaError.Types.NOT_FOUND, `${what} is not enabled on this shop`)
      )
    }
    next()
  }
}

/** 404 when `req.params[param]` names no `entity` record (read with Query, id only). */
export function requireRecord(entity: string, param: string, label: string) {
  return async function requireExistingRecord(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    try {
      const id = req.params[param]
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data.length)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id "${id}" was not found`)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** A fulfillment provider this shop has registered (Medusa's options route 500s for any other id). */
export async function requireFulfillmentProvider(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const [provider] = await req.scope
      .resolve(Modules.FULFILLMENT)
      .listFulfillmentProviders({ id: req.params.id })
    if (!provider)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Fulfillment provider with id "${req.params.id}" was not found`
      )
    next()
  } catch (error) {
    next(error)
  }
}

/** Medusa's stock-location validators call `.trim()` on `name` before checking it is text. */
export const StockLocationNameRules = z
  .object({ name: z.string({ error: "name must be text" }).optional() })
  .passthrough()
