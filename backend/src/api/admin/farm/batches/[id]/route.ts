import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../../../modules/farm"
import type { AdminFarmBatchResponse } from "../../../../../types/http/farm"
import { farmOf } from "../../../../farm-scope"
import { farmBatchJson, farmStockAuditJson } from "../../helpers"
import type { FarmPartnerParamsType } from "../../validators"

/** GET /admin/farm/batches/:id: one of the farm's batches with its stock audit entries (404 for any other). */
export async function GET(
  req: MedusaRequest<unknown, FarmPartnerParamsType>,
  res: MedusaResponse<AdminFarmBatchResponse>
) {
  const farm = await farmOf(req)
  const service = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const [batch] = await service.listFarmBatches({ id: req.params.id, partner_id: farm.partner_id })
  if (!batch)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Batch "${req.params.id}" not found`)
  const audit = await service.listFarmStockAudits({
    reference_id: batch.id,
    partner_id: farm.partner_id,
  })
  res.json({ batch: farmBatchJson(batch), audit: audit.map(farmStockAuditJson) })
}
