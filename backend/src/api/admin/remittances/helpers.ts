import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The `:id` of a remittance route: 404 for anything that cannot be a credit's id. */
export function remittanceIdOf(req: MedusaRequest): string {
  const id = req.params.id
  if (typeof id !== "string" || !/^rmt_[A-Za-z0-9]{1,60}$/.test(id))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No remittance with id ${String(id)}`)
  return id
}
