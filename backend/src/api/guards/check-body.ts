import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"

/** "Invalid request: shipping_address.first_name: first_name must be at most 30 characters" for the first issues. */
export function issuesMessage(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join(".")
    return path ? `${path}: ${issue.message}` : issue.message
  })
  return `Invalid request: ${parts.join("; ")}`
}

/**
 * Checks a request body against the shop's own rules beside Medusa's
 * validator of the same route, without replacing the body Medusa validates
 * and hands to its route (other fields are left to Medusa): a 400 with the
 * rule's message when one is broken. Used where the shop is stricter than
 * Medusa (quantities, addresses).
 */
export function checkBody(schema: z.ZodType) {
  return async function checkBodyRules(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (result.success) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, issuesMessage(result.error)))
  }
}
