import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminTownResponse } from "../../../../types/http/provenance"
import { updateTownWorkflow } from "../../../../workflows/provenance"
import { ADMIN_PARTNER_FIELDS } from "../../partners/query-config"
import { graphOneOr404 } from "../../../utils/graph"
import { ADMIN_TOWN_FIELDS } from "../query-config"
import type { AdminUpdateTownType } from "../validators"

const TOWN_FIELDS = [
  ...ADMIN_TOWN_FIELDS,
  ...ADMIN_PARTNER_FIELDS.filter((f) => !f.includes(".")).map((f) => `partners.${f}`),
]

const loadTown = (container: MedusaContainer, id: string) =>
  graphOneOr404<AdminTownResponse["town"]>(
    container,
    "town",
    TOWN_FIELDS,
    { id },
    `Town "${id}" was not found`
  )

/** GET /admin/towns/:id: a town with its villages and partners. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTownResponse>) {
  res.json({ town: await loadTown(req.scope, req.params.id) })
}

/** POST /admin/towns/:id: updates a town; listed villages that are new are added. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateTownType>,
  res: MedusaResponse<AdminTownResponse>
) {
  await loadTown(req.scope, req.params.id)
  await updateTownWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ town: await loadTown(req.scope, req.params.id) })
}
