import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTable } from "../../export"
import { buildSummary } from "../../report"
import messages from "../../messages/zh-CN.json"
import type { AdminAidSummaryExportParamsType } from "../../validators"

/** GET /admin/aid/summary/export?format=csv|xlsx&…: the summary's rows as a file. */
export async function GET(
  req: MedusaRequest<unknown, AdminAidSummaryExportParamsType>,
  res: MedusaResponse
) {
  const { format, ...params } = req.validatedQuery
  const report = await buildSummary(req.scope, params)
  const group = messages.group_by[report.group_by]
  const h = messages.summary_headers
  const withTargets = report.group_by === "town"
  const columns = [
    { header: h.label.replace("{group}", group) },
    { header: h.amount, type: "money" as const },
    { header: h.quantity, type: "integer" as const },
    { header: h.orders, type: "integer" as const },
    ...(withTargets
      ? [
          { header: `${report.target_year}${h.target}`, type: "money" as const },
          { header: h.progress, type: "ratio" as const },
        ]
      : []),
  ]
  const rows = report.rows.map((row) => [
    row.label,
    row.amount,
    row.quantity,
    row.orders,
    ...(withTargets ? [row.target ?? null, row.progress ?? null] : []),
  ])
  rows.push([
    messages.total,
    report.total.amount,
    report.total.quantity,
    report.total.orders,
    ...(withTargets ? [null, null] : []),
  ])
  const range = [report.from, report.to].filter(Boolean).join("_")
  await sendTable(
    res,
    { title: `${messages.file.summary}-${group}`, columns, rows },
    format,
    [messages.file.summary, group, range].filter(Boolean).join("-")
  )
}
