import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { chinaToday } from "../../../../shared/china-time"
import { yuanString } from "../../../../shared/money"
import type { AdminAidTargetsResponse } from "../../../../types/http/aid"
import { setTownTargetsWorkflow } from "../../../../workflows/aid"
import { exactAmount } from "../../../utils/amount"
import type { AdminAidTargetsParamsType, AdminSetAidTargetsType } from "../validators"

async function targetsOf(
  container: MedusaContainer,
  year: number
): Promise<AdminAidTargetsResponse> {
  const aid = container.resolve<AidModuleService>(AID_MODULE)
  const targets = await aid.listAidTownTargets({ year }, { take: null })
  return {
    year,
    targets: targets.map((t) => ({ town_id: t.town_id, amount: yuanString(exactAmount(t)) })),
  }
}

/** GET /admin/aid/targets?year=: the towns' 帮扶销售目标 of a year (default: this year). */
export async function GET(
  req: MedusaRequest<unknown, AdminAidTargetsParamsType>,
  res: MedusaResponse<AdminAidTargetsResponse>
) {
  const year = req.validatedQuery.year ?? Number(chinaToday().slice(0, 4))
  res.json(await targetsOf(req.scope, year))
}

/** POST /admin/aid/targets {year, targets: [{town_id, amount}]}: sets them (null or 0 removes one). */
export async function POST(
  req: MedusaRequest<AdminSetAidTargetsType>,
  res: MedusaResponse<AdminAidTargetsResponse>
) {
  const body = req.validatedBody
  await setTownTargetsWorkflow(req.scope).run({ input: body })
  res.json(await targetsOf(req.scope, body.year))
}
