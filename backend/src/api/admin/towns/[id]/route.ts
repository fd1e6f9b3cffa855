import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminTownResponse } from "../../../../types/http/provenance"
import { updateTownWorkflow } from "../../../../workflows/provenance"
import { ADMIN_PARTNER_FIELDS } from "../../partners/query-config"
import { ADMIN_TOWN_FIELDS } from "../query-config"
import type { AdminUpdateTownType } from "../validators"

async function loadTown(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "town",
    fields: [
      ...ADMIN_TOWN_FIELDS,
      ...ADMIN_PARTNER_FIELDS.filter((f) => !f.includes(".")).map((f) => `partners.${f}`),
    ],
    filters: { id },
  })
  const [town] = data as AdminTownResponse["town"][]
  if (!town) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Town "${id}" was not found`)
  }
  return town
}

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
