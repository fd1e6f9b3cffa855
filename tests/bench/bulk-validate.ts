/**
 * Bulk orders: the time to validate a 1,000-row file (XLSX upload to
 * POST /store/units/me/bulk-orders/preview) for a 采购员 of a verified unit,
 * over HTTP against the bench's shop. Printed, never asserted.
 */
import ExcelJS from "exceljs"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { usccCheckCharacter } from "../../backend/src/shared/uscc"
import { timed } from "./stats"

const ROWS = 1000

/** A valid 统一社会信用代码 made from a number. */
function creditCode(n: number): string {
  const first17 = `91440300${String(Math.floor(n)).padStart(9, "0")}`
  return first17 + usccCheckCharacter(first17)
}
const SKUS = ["MX-POMELO-GOLD-10J", "SJ-RICE-SIMIAO-10J", "SJ-RICE-SIMIAO-5J", "MX-POMELO-GOLD-5J"]

async function json(base: string, route: string, init: RequestInit) {
  const response = await fetch(base + route, init)
  const text = await response.text()
  if (!response.ok) throw new Error(`${route}: ${response.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}

export async function benchBulkValidate(ctx: {
  base: string
  publishableKey: string
  env: NodeJS.ProcessEnv
}) {
  const { base } = ctx
  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    json(base, route, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": ctx.publishableKey,
        ...headers,
      },
      body: JSON.stringify(body),
    })
  const email = `bench-buyer-${Date.now()}@bench.example.cn`
  const password = "bench-secret-123456"
  const registered = await post("/auth/customer/emailpass/register", { email, password })
  await post("/store/customers", { email }, { authorization: `Bearer ${registered.token}` })
  const { token } = await post("/auth/customer/emailpass", { email, password })
  const buyer = { authorization: `Bearer ${token}` }
  const applied = await post(
    "/store/units",
    { name: "性能测试工会", kind: "trade_union", credit_code: creditCode(Date.now() % 1e9) },
    buyer
  )
  const admin = adminCredentials(ctx.env)
  const login = await post("/auth/user/emailpass", admin)
  await json(base, `/admin/units/${applied.unit.id}/verify`, {
    method: "POST",
    headers: { authorization: `Bearer ${login.token}` },
  })

  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("订单明细")
  sheet.addRow(["收货人", "手机号", "省", "市", "区/县", "详细地址", "商品编码", "数量", "备注"])
  for (let i = 1; i <= ROWS; i++) {
    sheet.addRow([
      `职工${i}`,
      `139${String(i).padStart(8, "0")}`,
      "广东省",
      "梅州市",
      "梅县区",
      `新城办事处华侨城一路 ${i} 号`,
      SKUS[i % SKUS.length],
      1,
      "",
    ])
  }
  const file = Buffer.from(await workbook.xlsx.writeBuffer())
  const preview = () => {
    const form = new FormData()
    form.append("file", new Blob([new Uint8Array(file)]), "bench.xlsx")
    return json(base, "/store/units/me/bulk-orders/preview", {
      method: "POST",
      headers: { "x-publishable-api-key": ctx.publishableKey, ...buyer },
      body: form,
    })
  }
  await preview() // warm-up
  const [result, ms] = await timed(preview)
  console.log(
    `\nbulk order: validate a ${ROWS}-row XLSX (preview, ${result.rows.length} valid rows, ${result.errors.length} errors) (ms): ${ms.toFixed(0)}`
  )
}
