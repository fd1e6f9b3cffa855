import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { farmOf } from "../../../farm-scope"
import { chinaDateTime, chinaToday } from "../../../../shared/china-time"
import { money, yuanString } from "../../../../shared/money"
import { sendTable } from "../../aid/export"
import messages from "../../aid/messages/zh-CN.json"
import { listEntries } from "../../aid/report"
import type { AdminFarmStatementResponse } from "../../../../types/http/farm-sales"
import type { FarmStatementParamsType } from "../validators"

const PAGE = 5_000

/**
 * GET /admin/farm/statement?month=YYYY-MM&format=json|csv: the farm's
 * monthly statement (对账单) from the aid ledger: every entry of the month
 * (China time), totals per product and specification, and the month's
 * total. CSV is UTF-8 with a byte-order mark and CRLF line ends.
 */
export async function GET(
  req: MedusaRequest<unknown, FarmStatementParamsType>,
  res: MedusaResponse<AdminFarmStatementResponse>
) {
  const farm = await farmOf(req)
  const params = req.validatedQuery
  const month = params.month ?? chinaToday().slice(0, 7)
  const [year, m] = month.split("-").map(Number)
  const from = `${month}-01`
  const to = `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, "0")}`
  const scope = { partner: farm.partner_id, from, to }
  const first = await listEntries(req.scope, { ...scope, limit: PAGE, offset: 0 })
  const entries = [...first.entries]
  for (let offset = PAGE; offset < first.count; offset += PAGE) {
    entries.push(...(await listEntries(req.scope, { ...scope, limit: PAGE, offset })).entries)
  }
  entries.reverse() // oldest first on a statement

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: partners } = await query.graph({
    entity: "partner",
    fields: ["id", "name"],
    filters: { id: farm.partner_id },
  })
  const partnerName = (partners as { name: string }[])[0]?.name ?? ""

  const byVariant = new Map<
    string,
    {
      product_title: string | null
      variant_title: string | null
      quantity: number
      amount: BigNumber
    }
  >()
  let amount = new BigNumber(0)
  let quantity = 0
  const orders = new Map<string, number>()
  for (const e of entries) {
    const key = `${e.product_id ?? ""}:${e.variant_id ?? ""}`
    const row = byVariant.get(key) ?? {
      product_title: e.product_title,
      variant_title: e.variant_title,
      quantity: 0,
      amount: new BigNumber(0),
    }
    row.quantity += e.quantity
    row.amount = row.amount.plus(money(e.amount))
    byVariant.set(key, row)
    amount = amount.plus(money(e.amount))
    quantity += e.quantity
    if (e.kind === "sale") orders.set(e.order_id, (orders.get(e.order_id) ?? 0) + 1)
    if (e.kind === "cancellation") orders.delete(e.order_id)
  }
  const rows = [...byVariant.values()]
    .map((r) => ({ ...r, amount: yuanString(r.amount) }))
    .sort(
      (a, b) =>
        money(b.amount).comparedTo(money(a.amount)) ||
        String(a.product_title).localeCompare(String(b.product_title), "zh-CN")
    )
  const total = { amount: yuanString(amount), quantity, orders: orders.size }

  if (params.format === "csv") {
    const h = messages.entry_headers
    await sendTable(
      res,
      {
        title: `${partnerName}${month}对账单`,
        columns: [
          { header: h.occurred_at },
          { header: h.order, type: "integer" },
          { header: h.kind },
          { header: h.product },
          { header: h.variant },
          { header: h.quantity, type: "integer" },
          { header: h.amount, type: "money" },
          { header: h.buyer_kind },
        ],
        rows: [
          ...entries.map((e) => [
            chinaDateTime(e.occurred_at),
            e.order_display_id,
            messages.entry_kind[e.kind as keyof typeof messages.entry_kind] ?? e.kind,
            e.product_title,
            e.variant_title,
            e.quantity,
            e.amount,
            messages.buyer_kind[e.buyer_kind as "consumer" | "unit"],
          ]),
          [messages.total, null, null, null, null, total.quantity, total.amount, null],
        ],
      },
      "csv",
      `${partnerName}-对账单-${month}`
    )
    return
  }
  res.json({
    month,
    from,
    to,
    partner: { id: farm.partner_id, name: partnerName },
    rows,
    entries,
    total,
  })
}
