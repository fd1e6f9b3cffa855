/**
 * Faults: the production build as a server and a worker (MEDUSA_WORKER_MODE
 * server / worker) on one Redis and one Postgres, both owned by this test so
 * it can stop them. A stream of checkouts runs while Postgres stops for a few
 * seconds, then Redis; afterwards the same processes serve again, no order
 * that was answered is lost and none is counted twice in the aid ledger. Then
 * the worker is killed (SIGKILL) while it works through a burst of orders
 * (paid, shipped, a return received while it is down, one order's events
 * lost): while it is down no order has part of its sale entries and no
 * fulfillment part of its stock audit; once it is back every order, shipment
 * and return is recorded once and each stock level's audit trail is one
 * unbroken chain.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { Queue } from "bullmq"
import pg from "pg"
import {
  freePort,
  portInUse,
  startEmbeddedPostgres,
  tmpDataDir,
  type Database,
} from "../../../backend/launcher/database"
import { linkUploadsFolder, migrate, seed, serverDir } from "../../../backend/launcher/shop"
import { readPublishableKey } from "../../../backend/launcher/storefront-env"
import { bin } from "../../../backend/launcher/workspace"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import { buildIfStale } from "../../fixtures/built-shop"
import { GUANGZHOU_ADDRESS } from "../../fixtures/orders"

const root = path.resolve(__dirname, "../../..")
const logDir = path.join(root, "tests/artifacts")
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Two ambient products from two farms: every order has two lines for two partners. */
const LINES = [
  { handle: "shejiang-simiao-rice", quantity: 1 },
  { handle: "meixian-golden-pomelo", quantity: 1 },
]

type Reply = { status: number; data: any }

async function http(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<Reply> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  let data: any = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, data }
}

async function ok(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {}
) {
  const reply = await http(method, url, body, headers)
  if (reply.status >= 300)
    throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(reply.data).slice(0, 300)}`)
  return reply.data
}

/** Polls `check` until it returns something truthy. */
async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`)
    await sleep(500)
  }
}

describe("a server and a worker on Redis through Postgres and Redis outages and a killed worker", () => {
  const dir = tmpDataDir("meixian-faults-")
  fs.chmodSync(dir, 0o777)
  const pgDir = path.join(dir, "postgres")
  let pgPort: number
  let database: Database
  let redisPort: number
  let redis: ChildProcess | undefined
  let server: ChildProcess
  let worker: ChildProcess | undefined
  let serverUrl: string
  let workerPort: number
  let env: NodeJS.ProcessEnv
  let store: Record<string, string>
  let admin: Record<string, string>
  let regionId: string
  const variants: string[] = []

  const sql = async (text: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      return (await client.query(text, params)).rows
    } finally {
      await client.end()
    }
  }

  const startRedis = async () => {
    redis = spawn(
      "redis-server",
      [
        "--port",
        String(redisPort),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "yes",
        "--dir",
        dir,
      ],
      { stdio: "ignore" }
    )
    await eventually(() => portInUse(redisPort), 10_000, "redis-server")
  }
  const stopRedis = async () => {
    const exited = new Promise((resolve) => redis!.once("exit", resolve))
    redis!.kill("SIGTERM")
    await exited
  }

  const startMedusa = (mode: "server" | "worker", port: number) => {
    const log = fs.openSync(path.join(logDir, `faults-${mode}.log`), "a")
    const child = spawn(bin("medusa"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: serverDir,
      env: {
        ...env,
        MEDUSA_WORKER_MODE: mode,
        ADMIN_DISABLED: mode === "worker" ? "true" : "false",
      },
      stdio: ["ignore", log, log],
      detached: true,
    })
    fs.closeSync(log)
    return child
  }
  const killGroup = (child: ChildProcess | undefined, signal: NodeJS.Signals) => {
    try {
      if (child?.pid) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

  beforeAll(async () => {
    fs.mkdirSync(logDir, { recursive: true })
    for (const mode of ["server", "worker"])
      fs.rmSync(path.join(logDir, `faults-${mode}.log`), { force: true })
    pgPort = await freePort()
    database = await startEmbeddedPostgres({ dir: pgDir, port: pgPort, database: "meixian" })
    redisPort = await freePort()
    await startRedis()
    const port = await freePort()
    workerPort = await freePort()
    serverUrl = `http://127.0.0.1:${port}`
    env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      JWT_SECRET: "faults-test-jwt-secret",
      COOKIE_SECRET: "faults-test-cookie-secret",
      COOKIE_SECURE: "false",
      MEDUSA_BACKEND_URL: "",
      SEED_DEMO_ORDERS: "false",
      // the worker's ledger catch-up every 10 s instead of every 5 minutes
      AID_LEDGER_CATCH_UP_SECONDS: "10",
    }
    delete env.REDIS_URL
    await buildIfStale(env)
    await migrate("production", env)
    await seed("production", env)
    env.REDIS_URL = `redis://127.0.0.1:${redisPort}`
    linkUploadsFolder(serverDir, path.join(root, "backend/static"))
    server = startMedusa("server", port)
    worker = startMedusa("worker", workerPort)
    await eventually(
      async () => (await http("GET", `${serverUrl}/health`)).status === 200,
      180_000,
      "the server"
    )
    await eventually(
      async () => (await http("GET", `http://127.0.0.1:${workerPort}/health`)).status === 200,
      180_000,
      "the worker"
    )

    store = { "x-publishable-api-key": await readPublishableKey(database.url) }
    const { email, password } = adminCredentials()
    const { token } = await ok("POST", `${serverUrl}/auth/user/emailpass`, { email, password })
    admin = { authorization: `Bearer ${token}` }
    const { regions } = await ok("GET", `${serverUrl}/store/regions`, undefined, store)
    regionId = regions.find((r: any) => r.currency_code === "cny").id
    for (const line of LINES) {
      const { products } = await ok(
        "GET",
        `${serverUrl}/store/products?handle=${line.handle}&fields=id,*variants`,
        undefined,
        store
      )
      variants.push(products[0].variants[0].id)
    }
  }, 900_000)

  afterAll(async () => {
    killGroup(server, "SIGKILL")
    killGroup(worker, "SIGKILL")
    redis?.kill("SIGKILL")
    await database?.stop().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** One checkout over the store API with Medusa's system payment provider; the order, or why not. */
  let buyers = 0
  async function checkout(): Promise<{ order_id?: string; error?: string }> {
    // one guest e-mail per checkout: two guest carts with one new e-mail at once race in Medusa's customer creation
    const email = `faults-${++buyers}@example.cn`
    try {
      const { cart } = await ok(
        "POST",
        `${serverUrl}/store/carts`,
        {
          region_id: regionId,
          items: variants.map((variant_id, i) => ({ variant_id, quantity: LINES[i].quantity })),
          email,
          shipping_address: GUANGZHOU_ADDRESS,
          billing_address: GUANGZHOU_ADDRESS,
        },
        store
      )
      const { shipping_options } = await ok(
        "GET",
        `${serverUrl}/store/shipping-options?cart_id=${cart.id}`,
        undefined,
        store
      )
      const option = shipping_options.find((o: any) => o.name === "标准快递")
      await ok(
        "POST",
        `${serverUrl}/store/carts/${cart.id}/shipping-methods`,
        { option_id: option.id },
        store
      )
      const { payment_collection } = await ok(
        "POST",
        `${serverUrl}/store/payment-collections`,
        { cart_id: cart.id },
        store
      )
      await ok(
        "POST",
        `${serverUrl}/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store
      )
      const completed = await ok("POST", `${serverUrl}/store/carts/${cart.id}/complete`, {}, store)
      if (completed.type !== "order")
        return { error: JSON.stringify(completed.error ?? completed).slice(0, 200) }
      return { order_id: completed.order.id }
    } catch (error) {
      return { error: String(error).slice(0, 200) }
    }
  }

  /** Two buyers checking out one order after another until stopped; every answer is kept. */
  function checkoutStream() {
    const answers: { order_id?: string; error?: string; at: number }[] = []
    let running = true
    const buyer = async () => {
      while (running) {
        answers.push({ ...(await checkout()), at: Date.now() })
        await sleep(100)
      }
    }
    const done = Promise.all([buyer(), buyer()])
    return {
      answers,
      orders: () => answers.filter((a) => a.order_id).map((a) => a.order_id!),
      ordersSince: (at: number) => answers.filter((a) => a.order_id && a.at > at).length,
      stop: async () => {
        running = false
        await done
      },
    }
  }

  /** Captures an order's payment as the support team does; answers the payments' ids. */
  async function capture(orderId: string): Promise<string[]> {
    const { order } = await ok(
      "GET",
      `${serverUrl}/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`,
      undefined,
      admin
    )
    const payments = order.payment_collections.flatMap((c: any) => c.payments ?? [])
    for (const payment of payments) {
      if (!payment.captured_at)
        await ok("POST", `${serverUrl}/admin/payments/${payment.id}/capture`, {}, admin)
    }
    return payments.map((p: any) => p.id)
  }

  /** Ships an order's lines from each farm's location on the order page (Medusa's own fulfillment). */
  async function fulfill(orderId: string) {
    const { order } = await ok(
      "GET",
      `${serverUrl}/admin/orders/${orderId}?fields=id,*items,*items.variant,*items.variant.inventory_items`,
      undefined,
      admin
    )
    const levels = await sql(
      `SELECT il.location_id, il.inventory_item_id FROM inventory_level il
        WHERE il.inventory_item_id = ANY($1) AND il.deleted_at IS NULL`,
      [order.items.map((i: any) => i.variant.inventory_items[0].inventory_item_id)]
    )
    const fulfillmentIds = async () => {
      const { order } = await ok(
        "GET",
        `${serverUrl}/admin/orders/${orderId}?fields=id,*fulfillments`,
        undefined,
        admin
      )
      return (order.fulfillments ?? []).map((f: any) => f.id as string)
    }
    const before = await fulfillmentIds()
    for (const item of order.items) {
      const inventoryItemId = item.variant.inventory_items[0].inventory_item_id
      const location = levels.find((l: any) => l.inventory_item_id === inventoryItemId).location_id
      await ok(
        "POST",
        `${serverUrl}/admin/orders/${orderId}/fulfillments`,
        { location_id: location, items: [{ id: item.id, quantity: item.quantity }] },
        admin
      )
    }
    const fulfillments = (await fulfillmentIds()).filter((id: string) => !before.includes(id))
    return fulfillments
  }

  /** A return of one unit of the variant's line, requested and received on the admin's order page; answers its id. */
  async function receiveReturn(orderId: string, variantId: string) {
    const { order } = await ok(
      "GET",
      `${serverUrl}/admin/orders/${orderId}?fields=id,*items`,
      undefined,
      admin
    )
    const line = order.items.find((i: any) => i.variant_id === variantId)
    const [{ location_id }] = await sql(
      `SELECT il.location_id FROM inventory_level il
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = il.inventory_item_id AND pvi.deleted_at IS NULL
        WHERE pvi.variant_id = $1 AND il.deleted_at IS NULL`,
      [variantId]
    )
    const { shipping_options } = await ok(
      "GET",
      `${serverUrl}/admin/shipping-options?limit=100&fields=id,name`,
      undefined,
      admin
    )
    const option = shipping_options.find((o: any) => o.name === "退货寄回")
    const { return: created } = await ok(
      "POST",
      `${serverUrl}/admin/returns`,
      { order_id: orderId, location_id },
      admin
    )
    const one = { items: [{ id: line.id, quantity: 1 }] }
    await ok("POST", `${serverUrl}/admin/returns/${created.id}/request-items`, one, admin)
    await ok(
      "POST",
      `${serverUrl}/admin/returns/${created.id}/shipping-method`,
      { shipping_option_id: option.id },
      admin
    )
    await ok("POST", `${serverUrl}/admin/returns/${created.id}/request`, {}, admin)
    await ok("POST", `${serverUrl}/admin/returns/${created.id}/receive`, {}, admin)
    await ok("POST", `${serverUrl}/admin/returns/${created.id}/receive-items`, one, admin)
    await ok("POST", `${serverUrl}/admin/returns/${created.id}/receive/confirm`, {}, admin)
    return created.id as string
  }

  /** Sale entries per order (and the lines each order has). */
  async function saleEntries(orderIds: string[]) {
    const rows = await sql(
      `SELECT o.id AS order_id,
              (SELECT count(DISTINCT oi.item_id) FROM order_item oi WHERE oi.order_id = o.id AND oi.deleted_at IS NULL)::int AS lines,
              (SELECT count(*) FROM aid_entry e WHERE e.order_id = o.id AND e.kind = 'sale' AND e.deleted_at IS NULL)::int AS entries,
              (SELECT count(DISTINCT e.line_item_id) FROM aid_entry e WHERE e.order_id = o.id AND e.kind = 'sale' AND e.deleted_at IS NULL)::int AS distinct_lines
         FROM "order" o WHERE o.id = ANY($1)`,
      [orderIds]
    )
    return rows as { order_id: string; lines: number; entries: number; distinct_lines: number }[]
  }

  const ledgerComplete = async (orderIds: string[]) => {
    const rows = await saleEntries(orderIds)
    return (
      rows.length === orderIds.length &&
      rows.every((r) => r.entries === r.lines && r.distinct_lines === r.lines)
    )
  }

  /** Levels whose reserved quantity is not the sum of their reservations (a half-written stock change). */
  async function reservationDrift() {
    return sql(
      `SELECT il.inventory_item_id, il.location_id, il.reserved_quantity::int AS reserved, coalesce(sum(ri.quantity), 0)::int AS reservations
         FROM inventory_level il
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = il.inventory_item_id AND pvi.deleted_at IS NULL
         LEFT JOIN reservation_item ri ON ri.inventory_item_id = il.inventory_item_id AND ri.location_id = il.location_id AND ri.deleted_at IS NULL
        WHERE pvi.variant_id = ANY($1) AND il.deleted_at IS NULL
        GROUP BY 1, 2, 3 HAVING il.reserved_quantity::int <> coalesce(sum(ri.quantity), 0)::int`,
      [variants]
    )
  }

  async function reconcile() {
    const { reconciliation } = await ok("POST", `${serverUrl}/admin/aid/reconciliation`, {}, admin)
    return reconciliation
  }

  it("recovers from a Postgres outage and then a Redis outage without a restart, losing and doubling no order", async () => {
    const serverPid = server.pid
    const workerPid = worker!.pid
    const stream = checkoutStream()
    try {
      await eventually(
        async () => stream.orders().length >= 2,
        120_000,
        "checkouts before the outages"
      )

      await database.stop()
      const pgDown = Date.now()
      await sleep(5_000)
      database = await startEmbeddedPostgres({ dir: pgDir, port: pgPort, database: "meixian" })
      await eventually(
        async () => stream.ordersSince(pgDown + 5_000) >= 2,
        180_000,
        "checkouts after Postgres came back"
      )

      await stopRedis()
      const redisDown = Date.now()
      await sleep(5_000)
      await startRedis()
      await eventually(
        async () => stream.ordersSince(redisDown + 5_000) >= 2,
        180_000,
        "checkouts after Redis came back"
      )
    } finally {
      await stream.stop()
    }
    // the same processes, answering again
    expect(server.pid).toBe(serverPid)
    expect(worker!.pid).toBe(workerPid)
    expect(alive(server) && alive(worker!)).toBe(true)
    expect((await http("GET", `${serverUrl}/health`)).status).toBe(200)
    expect((await http("GET", `http://127.0.0.1:${workerPort}/health`)).status).toBe(200)

    // every answered order exists, is captured, and is in the ledger once
    const answered = stream.orders()
    const failed = stream.answers.filter((a) => a.error)
    console.log(
      `checkouts: ${answered.length} orders, ${failed.length} failed during the outages` +
        [...new Set(failed.map((a) => a.error))].map((e) => `\n  ${e}`).join("")
    )
    const existing = await sql(`SELECT id FROM "order" WHERE id = ANY($1)`, [answered])
    expect(existing.map((r: any) => r.id).sort()).toEqual([...answered].sort())
    // captured as the support team does (also an order whose answer was lost in an outage): the ledger credits paid sales
    const placed = (await sql(`SELECT id FROM "order" WHERE deleted_at IS NULL`)).map(
      (r: any) => r.id
    )
    for (const id of placed) await capture(id)
    await eventually(() => ledgerComplete(placed), 180_000, "every placed order's sale entries")
    for (const row of await saleEntries(placed)) expect(row.entries).toBe(row.lines)
    const reconciliation = await reconcile()
    expect(reconciliation.mismatch_count).toBe(0)
    expect(reconciliation.difference_total).toBe("0.00")
    expect(await reservationDrift()).toEqual([])
  }, 900_000)

  it("leaves nothing half-written when the worker is killed during a burst, and completes it once the worker is back", async () => {
    // stock before the burst, per level the burst touches
    const levelsBefore = await sql(
      `SELECT il.inventory_item_id, il.location_id, il.stocked_quantity::int AS stocked
         FROM inventory_level il
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = il.inventory_item_id AND pvi.deleted_at IS NULL
        WHERE pvi.variant_id = ANY($1) AND il.deleted_at IS NULL`,
      [variants]
    )
    const burstStart = new Date()

    const orders: string[] = []
    for (let i = 0; i < 6; i++) {
      const { order_id, error } = await checkout()
      if (!order_id) throw new Error(`checkout failed: ${error}`)
      orders.push(order_id)
      await capture(order_id)
    }
    // the worker is killed while its queue holds the burst's ledger and stock work
    const fulfillments: string[] = []
    fulfillments.push(...(await fulfill(orders[0])))
    killGroup(worker, "SIGKILL")
    await new Promise((resolve) => (alive(worker!) ? worker!.once("exit", resolve) : resolve(null)))
    // a unit of rice comes back to its farm while the worker is down (audited by the worker), then more ships
    const returned = await receiveReturn(orders[0], variants[0])
    for (const order of orders.slice(1)) fulfillments.push(...(await fulfill(order)))

    // one more order whose events are lost while the worker is down (as with a Redis that lost its queue)
    const lost = await checkout()
    if (!lost.order_id) throw new Error(`checkout failed: ${lost.error}`)
    const lostPayments = await capture(lost.order_id)
    const lostFulfillments = await fulfill(lost.order_id)
    const queue = new Queue("events-queue", {
      prefix: "RedisEventBusService",
      connection: { host: "127.0.0.1", port: redisPort },
    })
    const queued = await queue.getJobs(["wait", "prioritized", "delayed", "paused"])
    const mentions = [lost.order_id, ...lostPayments, ...lostFulfillments]
    const dropped = queued.filter(
      (job) => job && mentions.some((id) => JSON.stringify(job.data).includes(id))
    )
    for (const job of dropped) await job.remove()
    await queue.close()
    expect(dropped.map((job) => job.name)).toContain("order.placed")
    orders.push(lost.order_id)
    fulfillments.push(...lostFulfillments)

    // while it is down: every order has all of its sale entries or none, every fulfillment all of its audit or none
    for (const row of await saleEntries(orders)) expect([0, row.lines]).toContain(row.entries)
    const auditsDown = await sql(
      `SELECT reference_id, count(*)::int AS n FROM farm_stock_audit WHERE reference_id = ANY($1) GROUP BY 1`,
      [fulfillments]
    )
    for (const row of auditsDown) expect(row.n).toBe(1)

    worker = startMedusa("worker", workerPort)
    await eventually(
      async () => (await http("GET", `http://127.0.0.1:${workerPort}/health`)).status === 200,
      180_000,
      "the worker again"
    )

    await eventually(() => ledgerComplete(orders), 240_000, "the burst's sale entries")
    const audited = await eventually(
      async () => {
        const rows = await sql(
          `SELECT reference_id, count(*)::int AS n FROM farm_stock_audit WHERE reference_id = ANY($1) GROUP BY 1`,
          [fulfillments]
        )
        return rows.length === fulfillments.length && rows
      },
      240_000,
      "every fulfillment's stock audit"
    )
    for (const row of audited) expect(row.n).toBe(1)
    await eventually(
      async () =>
        (await sql(`SELECT 1 FROM farm_stock_audit WHERE reference_id = $1`, [returned])).length ===
        1,
      240_000,
      "the return's stock audit"
    )
    for (const row of await saleEntries(orders)) expect(row.entries).toBe(row.lines)

    // each level's audit trail since the burst is one chain from the level before to the level now
    for (const level of levelsBefore) {
      const [{ stocked }] = await sql(
        `SELECT stocked_quantity::int AS stocked FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL`,
        [level.inventory_item_id, level.location_id]
      )
      const audits = await sql(
        `SELECT before, after, delta, reason FROM farm_stock_audit
          WHERE inventory_item_id = $1 AND location_id = $2 AND created_at >= $3`,
        [level.inventory_item_id, level.location_id, burstStart]
      )
      const rice = audits.some((a: any) => a.reason === "return")
      expect(audits.length).toBe(orders.length + (rice ? 1 : 0))
      for (const audit of audits) expect(audit.after - audit.before).toBe(audit.delta)
      const chains = (at: number, left: any[]): boolean =>
        left.length === 0
          ? at === stocked
          : left.some(
              (audit, i) =>
                audit.before === at &&
                chains(
                  audit.after,
                  left.filter((_, j) => j !== i)
                )
            )
      expect(
        chains(level.stocked, audits),
        JSON.stringify({ from: level.stocked, to: stocked, audits })
      ).toBe(true)
    }
    expect(levelsBefore.length).toBe(2)
    const reconciliation = await reconcile()
    expect(reconciliation.mismatch_count).toBe(0)
    expect(await reservationDrift()).toEqual([])
  }, 900_000)
})
