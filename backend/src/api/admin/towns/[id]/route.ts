import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { TownUpdateInput } from "../../../../shared/provenance"
import { updateTownWorkflow } from "../../../../workflows/provenance"
import { ADMIN_PARTNER_FIELDS, ADMIN_TOWN_FIELDS } from "../../../provenance-fields"

async function loadTown(req: AuthenticatedMedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "town",
    fields: [
      ...ADMIN_TOWN_FIELDS,
      ...ADMIN_PARTNER_FIELDS.filter((f) => !f.includes(".")).map((f) => `partners.${f}`),
    ],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Town "${id}" was not found`)
  }
  return data[0]
}

/** GET /admin/towns/:id: a town with its villages and partners. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ town: await loadTown(req, req.params.id) })
}

/** POST /admin/towns/:id: updates a town; listed villages that are new are added. */
export async function POST(req: AuthenticatedMedusaRequest<TownUpdateInput>, res: MedusaResponse) {
  await loadTown(req, req.params.id)
  await updateTownWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ town: await loadTown(req, req.params.id) })
}
