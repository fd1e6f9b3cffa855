/**
 * A unit's statement at volume, part of `npm run bench` (printed, never
 * asserted): against the bench's running `medusa start` and its seeded
 * database, a verified unit gets BENCH_STATEMENT_ENTRIES aid-ledger entries
 * (default 10,000) over one year, written in SQL on the seeded partners and
 * towns (sales with a refund now and then); then the time of
 * `POST /admin/units/:id/statements` for that year (ledger read, figures,
 * fingerprint, stored with its code), of its PDF and XLSX, and of the
 * public check `GET /store/statements/:code`. Target: under 3 s to issue.
 */
import pg from "pg"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { usccCheckCharacter } from "../../backend/src/shared/uscc"
import { timed } from "./stats"

const TARGET_MS = 3000

type Context = { databaseUrl: string; base: string; env: NodeJS.ProcessEnv; publishableKey: string }

/** Writes `count` entries of the unit over the last 365 China days: ~3 lines an order, 1 in 20 orders partly refunded. */
export async function fillUnitLedger(db: pg.Client, unitId: string, count: number) {
  const result = await db.query(
    `WITH towns AS (
       SELECT row_number() OVER (ORDER BY id) - 1 AS n, id AS partner_id, town_id FROM partner
        WHERE deleted_at IS NULL AND town_id IS NOT NULL),
     k AS (SELECT count(*) AS c FROM towns),
     e AS (
       SELECT g, g / 3 AS order_n, now() - ((g * 365.0 / $2) || ' days')::interval AS at,
              CASE WHEN g % 60 = 59 THEN 'refund' ELSE 'sale' END AS kind,
              CASE WHEN g % 60 = 59 THEN -round((g % 17 + 1) * 1.03, 2)
                   ELSE round(10 + (g % 97) * 3.17, 2) END AS amount
         FROM generate_series(0, $2 - 1) g)
     INSERT INTO aid_entry
       (id, entry_key, kind, source_id, order_id, order_display_id, line_item_id, partner_id, town_id,
        quantity, amount, raw_amount, currency_code, buyer_kind, unit_id, occurred_at, day)
     SELECT 'aident_BENCHSTMT' || lpad(e.g::text, 10, '0'), 'bench-statement:' || e.g, e.kind,
            'order_BENCHSTMT' || e.order_n, 'order_BENCHSTMT' || e.order_n, 900000 + e.order_n,
            'ordli_BENCHSTMT' || e.g, t.partner_id, t.town_id, CASE WHEN e.kind = 'sale' THEN 1 ELSE 0 END,
            e.amount, jsonb_build_object('value', e.amount::text, 'precision', 20), 'cny', 'unit', $1,
            e.at, to_char((e.at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')
       FROM e CROSS JOIN k JOIN towns t ON t.n = e.order_n % k.c`,
    [unitId, count]
  )
  return result.rowCount ?? 0
}

export async function benchUnitStatement(ctx: Context) {
  const count = Number(process.env.BENCH_STATEMENT_ENTRIES ?? 10_000)
  if (!(count > 0)) {
    console.log("\nUnit statement: skipped (BENCH_STATEMENT_ENTRIES=0)")
    return
  }
  const { email, password } = adminCredentials(ctx.env)
  const login = await fetch(`${ctx.base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`admin login: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  const call = async (method: string, route: string, body?: unknown, raw = false) => {
    const response = await fetch(ctx.base + route, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        "x-publishable-api-key": ctx.publishableKey,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
    return raw ? Buffer.from(await response.arrayBuffer()) : response.json()
  }
  const first17 = `91441403${String(Date.now() % 1e9).padStart(9, "0")}`
  const { unit } = await call("POST", "/admin/units", {
    name: "梅县性能测试单位",
    kind: "trade_union",
    credit_code: first17 + usccCheckCharacter(first17),
    headcount: 320,
  })
  await call("POST", `/admin/units/${unit.id}/verify`, {})

  const db = new pg.Client({ connectionString: ctx.databaseUrl })
  await db.connect()
  let written = 0
  try {
    written = await fillUnitLedger(db, unit.id, count)
  } finally {
    await db.end()
  }
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const from = new Date(Date.now() + 8 * 3600_000 - 366 * 86_400_000).toISOString().slice(0, 10)
  console.log(
    `\nUnit statement over ${written.toLocaleString("en-US")} ledger entries of one unit:`
  )
  const issue = () => call("POST", `/admin/units/${unit.id}/statements`, { from, to: today })
  await issue() // warm-up
  const [issued, issueMs] = await timed(issue)
  const { statement, pdf_url, xlsx_url } = issued
  console.log(
    `issue (POST /admin/units/:id/statements) (ms): ${issueMs.toFixed(0)}  target < ${TARGET_MS}  ` +
      `(${statement.orders.length.toLocaleString("en-US")} orders, ${statement.towns.length} towns, net ¥${statement.total})`
  )
  const [pdf, pdfMs] = await timed(() => call("GET", pdf_url, undefined, true))
  console.log(`PDF (ms): ${pdfMs.toFixed(0)}  (${Math.round(pdf.length / 1024)} KiB)`)
  const [, xlsxMs] = await timed(() => call("GET", xlsx_url, undefined, true))
  console.log(`XLSX (ms): ${xlsxMs.toFixed(0)}`)
  const [, verifyMs] = await timed(() => call("GET", `/store/statements/${statement.code}`))
  console.log(`public check GET /store/statements/:code (ms): ${verifyMs.toFixed(0)}`)
}
