import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_MODULE, type AidModuleService } from "../../../../modules/aid"
import { yuanString } from "../../../../shared/money"
import { setTownTargetsWorkflow } from "../../../../workflows/aid"
import { chinaToday } from "../../../../shared/china-time"
import type { AdminSetAidTargetsType } from "../validators"

async function targetsOf(req: MedusaRequest, year: number) {
  const aid = req.scope.resolve<AidModuleService>(AID_MODULE)
  const targets = await aid.listAidTownTargets({ year }, { take: null } as any)
  return {
    year,
    targets: targets.map((t: any) => ({
      town_id: t.town_id,
      amount: yuanString(t.raw_amount?.value ?? t.amount),
    })),
  }
}

/** GET /admin/aid/targets?year=: the towns' 帮扶销售目标 of a year (default: this year). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const year = (req.validatedQuery as { year?: number }).year ?? Number(chinaToday().slice(0, 4))
  res.json(await targetsOf(req, year))
}

/** POST /admin/aid/targets {year, targets: [{town_id, amount}]}: sets them (null or 0 removes one). */
export async function POST(req: MedusaRequest<AdminSetAidTargetsType>, res: MedusaResponse) {
  const body = req.validatedBody
  await setTownTargetsWorkflow(req.scope).run({ input: body })
  res.json(await targetsOf(req, body.year))
}
