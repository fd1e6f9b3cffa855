import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveRemittanceView } from "../../../../workflows/remittance"
import type { AdminRemittanceResponse } from "../../../../types/http/remittances"
import { remittanceIdOf } from "../helpers"

/** GET /admin/remittances/:id: one bank credit, with what it matched and captured. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminRemittanceResponse>) {
  const id = remittanceIdOf(req)
  const remittance = await retrieveRemittanceView(req.scope, id)
  if (!remittance) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No remittance with id ${id}`)
  res.json({ remittance })
}
