import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FARM_MODULE, type FarmModuleService } from "../../../../modules/farm"
import type {
  AdminFarmBatchCreateResponse,
  AdminFarmBatchListResponse,
} from "../../../../types/http/farm"
import { recordHarvestBatchWorkflow } from "../../../../workflows/farm"
import { actorOf, farmOf } from "../../../farm-scope"
import { farmBatchJson } from "../helpers"
import { farmVariant } from "../queries/variants"
import type { FarmBatchBodyType, FarmListParamsType } from "../validators"

/** GET /admin/farm/batches?limit=&offset=: the farm's harvest batches, newest first. */
export async function GET(
  req: MedusaRequest<unknown, FarmListParamsType>,
  res: MedusaResponse<AdminFarmBatchListResponse>
) {
  const farm = await farmOf(req)
  const { limit, offset } = req.validatedQuery
  const [batches, count] = await req.scope
    .resolve<FarmModuleService>(FARM_MODULE)
    .listAndCountFarmBatches(
      { partner_id: farm.partner_id },
      { take: limit, skip: offset, order: { created_at: "DESC" } }
    )
  res.json({ batches: batches.map(farmBatchJson), count, limit, offset })
}

/**
 * POST /admin/farm/batches { variant_id, batch_code, harvested_on, quantity, note? }:
 * records a harvest batch and adds its quantity to the variant's stock.
 */
export async function POST(
  req: MedusaRequest<FarmBatchBodyType>,
  res: MedusaResponse<AdminFarmBatchCreateResponse>
) {
  const farm = await farmOf(req)
  const body = req.validatedBody
  const ref = await farmVariant(req.scope, farm, body.variant_id)
  const { result: batch } = await recordHarvestBatchWorkflow(req.scope).run({
    input: {
      ...ref,
      partner_id: farm.partner_id,
      location_id: farm.location_id!,
      batch_code: body.batch_code,
      harvested_on: body.harvested_on,
      quantity: body.quantity,
      note: body.note ?? null,
      created_by: actorOf(req),
    },
  })
  res.status(201).json({ batch: farmBatchJson(batch) })
}
