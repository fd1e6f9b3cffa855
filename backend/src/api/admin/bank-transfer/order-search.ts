import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REFERENCE_PATTERN } from "../../../modules/bank-transfer/payee"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../modules/remittance"

/**
 * Order search by 对公转账 reference in Medusa's own order list: a `q` on
 * `GET /admin/orders` shaped like a reference code (case and spaces do not
 * matter) becomes a filter on the ids of the orders paid with that code.
 * Runs after Medusa validated the query; any other `q` is left to Medusa.
 */
export async function findOrdersByTransferReference(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const filters = req.filterableFields as Record<string, unknown> | undefined
  const q = typeof filters?.q === "string" ? filters.q.replace(/\s+/g, "").toUpperCase() : ""
  if (!filters || !REFERENCE_PATTERN.test(q)) return next()
  const ids = await req.scope
    .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    .orderIdsByReference(q)
  if (!ids.length) return next()
  const asked = filters.id === undefined ? null : ([] as unknown[]).concat(filters.id)
  delete filters.q
  filters.id =
    asked && asked.every((v) => typeof v === "string")
      ? ids.filter((id) => asked.includes(id))
      : ids
  next()
}
