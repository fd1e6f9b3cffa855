import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** A route's id parameter of the given prefix: 404 for anything that cannot be one. */
export function idParam(req: MedusaRequest, name: string, prefix: string, what: string): string {
  const id = req.params[name]
  if (typeof id !== "string" || !new RegExp(`^${prefix}_[A-Za-z0-9]{1,60}$`).test(id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${what} with id ${String(id)}`)
  }
  return id
}
