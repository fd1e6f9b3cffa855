import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { chinaDateTime } from "../../../../../shared/china-time"
import { sendTable } from "../../export"
import { listEntries } from "../../report"
import messages from "../../messages/zh-CN.json"
import type { AdminAidEntriesExportParamsType } from "../../validators"

const MAX_ROWS = 100_000
const PAGE = 5_000

/** GET /admin/aid/entries/export?format=csv|xlsx&…: the matching entries as a file (up to 100,000). */
export async function GET(
  req: MedusaRequest<unknown, AdminAidEntriesExportParamsType>,
  res: MedusaResponse
) {
  const { format, ...params } = req.validatedQuery
  const first = await listEntries(req.scope, { ...params, limit: PAGE, offset: 0 })
  if (first.count > MAX_ROWS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${first.count} entries match; narrow the dates or the town to export at most ${MAX_ROWS}`
    )
  }
  const entries = [...first.entries]
  for (let offset = PAGE; offset < first.count; offset += PAGE) {
    entries.push(...(await listEntries(req.scope, { ...params, limit: PAGE, offset })).entries)
  }
  const h = messages.entry_headers
  const columns = [
    { header: h.occurred_at, width: 20 },
    { header: h.order, type: "integer" as const },
    { header: h.kind },
    { header: h.town },
    { header: h.partner, width: 26 },
    { header: h.product, width: 26 },
    { header: h.variant },
    { header: h.quantity, type: "integer" as const },
    { header: h.amount, type: "money" as const },
    { header: h.buyer_kind },
  ]
  const rows = entries.map((e) => [
    chinaDateTime(e.occurred_at),
    e.order_display_id,
    messages.entry_kind[e.kind as keyof typeof messages.entry_kind] ?? e.kind,
    e.town_name ?? messages.unassigned,
    e.partner_name ?? messages.unassigned,
    e.product_title,
    e.variant_title,
    e.quantity,
    e.amount,
    messages.buyer_kind[e.buyer_kind as "consumer" | "unit"],
  ])
  const range = [params.from, params.to].filter(Boolean).join("_")
  await sendTable(
    res,
    { title: messages.file.entries, columns, rows },
    format,
    [messages.file.entries, range].filter(Boolean).join("-")
  )
}
