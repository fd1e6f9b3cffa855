/**
 * The production topology: the launcher's plan for MEDUSA_SERVERS=2 and
 * MEDUSA_WORKERS=1 (backend/launcher/topology.ts), started from the production
 * build as two server processes sharing the public port through the
 * launcher's cluster (backend/launcher/server-cluster.ts) and one worker, on
 * one Postgres (a copy of the run's seeded template on the run's server,
 * tests/fixtures/templates.ts) and one Redis. Each server is reached alone on
 * a connection it holds (tests/fixtures/production/cluster-servers.ts).
 * An order placed through server A is visible through server B, a cart moves
 * between the servers, new connections to the public port go to both, the aid
 * ledger counts each paid order once, the storefront is revalidated once for a
 * change (its /api/revalidate is a local recorder) and a scheduled job runs
 * once per tick, in the worker; when a server dies, the other takes the new
 * connections.
 */
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { freePort, tmpDataDir } from "../../../backend/launcher/database"
import { seed } from "../../../backend/launcher/shop"
import {
  planTopology,
  startMedusaProcesses,
  type MedusaProcess,
} from "../../../backend/launcher/topology"
import { buildIfStale } from "../../fixtures/build"
import { holderOf, pinServer } from "../../fixtures/production/cluster-servers"
import { dropDatabase, query } from "../../fixtures/database"
import { eventually, http, ok, sleep } from "../../fixtures/production/http"
import {
  DEFAULT_HEAP_GROWTH,
  DEFAULT_SEMI_SPACE_MB,
} from "../../../backend/launcher/medusa-command"
import { killGroup, logDir, startRedisServer } from "../../fixtures/production/processes"
import { startRevalidationRecorder } from "../../fixtures/production/revalidation-recorder"
import { shopWork, signInTo } from "../../fixtures/production/shop-work"
import { seedInputsSet, templateCopy } from "../../fixtures/templates"

const SECRET = "topology-test-revalidate-secret"
const CATCH_UP_SECONDS = 3

describe("two servers on one port (the launcher's cluster) and one worker, on one Postgres and Redis", () => {
  const dir = tmpDataDir("meixian-topology-")
  fs.chmodSync(dir, 0o777)
  const probeFile = path.join(dir, "scheduler-probe.log")
  // a copy of the run's seeded database, on the run's Postgres
  const databaseName = `meixian_topology_${process.pid}`
  const database = { url: "" }
  let redis: ChildProcess | undefined
  let recorder: Awaited<ReturnType<typeof startRevalidationRecorder>>
  let started: { process: MedusaProcess; child: ChildProcess }[] = []
  const urls = { a: "", b: "", shared: "" }
  let publicPort = 0
  let serverPids: number[] = []
  let via = ""
  let store: Record<string, string>
  let admin: Record<string, string>
  let regionId: string
  const variants: string[] = []

  const sql = (text: string, params: unknown[] = []) => query(database.url, text, params)
  const work = shopWork(() => ({ serverUrl: via, store, admin, regionId, variants, sql }))
  const worker = () => started.find((s) => s.process.role === "worker")!

  beforeAll(async () => {
    fs.mkdirSync(logDir, { recursive: true })
    const url = await templateCopy(databaseName)
    if (!url) throw new Error("The topology test starts from the run's seeded template")
    database.url = url
    const redisPort = await freePort()
    redis = await startRedisServer(redisPort, dir)
    recorder = await startRevalidationRecorder(SECRET)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      JWT_SECRET: "topology-test-jwt-secret",
      COOKIE_SECRET: "topology-test-cookie-secret",
      COOKIE_SECURE: "false",
      MEDUSA_BACKEND_URL: "",
      SEED_DEMO_ORDERS: "false",
    }
    delete env.REDIS_URL
    delete env.STOREFRONT_URL
    delete env.MEDUSA_HEAP_GROWTH
    delete env.MEDUSA_SEMI_SPACE_MB
    await buildIfStale(env)
    // the template is the seed's result, unless this env gives the seed more to do
    if (seedInputsSet(env)) await seed("production", env)

    Object.assign(env, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      STOREFRONT_URL: recorder.url,
      STOREFRONT_REVALIDATE_SECRET: SECRET,
      MEDUSA_SCHEDULER_PROBE_FILE: probeFile,
      MEDUSA_SCHEDULER_PROBE_SECONDS: "1",
      AID_LEDGER_CATCH_UP_SECONDS: String(CATCH_UP_SECONDS),
    })
    const workerPort = await freePort()
    publicPort = await freePort()
    const topology = planTopology(
      { ...env, MEDUSA_SERVERS: "2", MEDUSA_WORKERS: "1" },
      publicPort,
      () => workerPort
    )
    expect(topology.processes.map((p) => p.role)).toEqual(["server", "server", "worker"])
    expect(topology.cluster).toBe(true)
    // all three at once, each logged to tests/artifacts/topology-<label>.log
    started = startMedusaProcesses(topology, env, (p) => {
      const log = path.join(logDir, `topology-${p.label}.log`)
      fs.rmSync(log, { force: true })
      const fd = fs.openSync(log, "a")
      return { stdio: ["ignore", fd, fd] }
    })
    serverPids = started.filter((s) => s.process.role === "server").map((s) => s.child.pid!)
    const [a, b] = serverPids
    urls.a = pinServer("http://server-1.cluster.test", publicPort, a, serverPids)
    urls.b = pinServer("http://server-2.cluster.test", publicPort, b, serverPids)
    urls.shared = `http://127.0.0.1:${publicPort}`
    await Promise.all(
      [urls.a, urls.b, `http://127.0.0.1:${workerPort}`].map((url) =>
        eventually(async () => (await http("GET", `${url}/health`)).status === 200, 240_000, url)
      )
    )
    const session = await signInTo(urls.a, database.url)
    ;({ store, admin, regionId } = session)
    variants.push(...session.variants)
  }, 900_000)

  afterAll(async () => {
    for (const { child } of started) killGroup(child, "SIGKILL")
    await recorder?.close()
    redis?.kill("SIGKILL")
    await dropDatabase(databaseName)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const orders: string[] = []

  /** The server process that holds a new connection to the public port. */
  async function holderOnNewConnection() {
    const socket = net.connect(publicPort, "127.0.0.1")
    await new Promise((resolve) => socket.once("connect", resolve))
    try {
      return await holderOf(publicPort, socket.localPort!, serverPids)
    } finally {
      socket.destroy()
    }
  }

  it("shows an order placed through server A on server B, serves one cart from both, and spreads new connections", async () => {
    via = urls.a
    const placed = await work.checkout()
    if (!placed.order_id) throw new Error(`checkout on server A failed: ${placed.error}`)
    orders.push(placed.order_id)
    const { order } = await ok(
      "GET",
      `${urls.b}/admin/orders/${placed.order_id}?fields=id,email,*items`,
      undefined,
      admin
    )
    expect(order.id).toBe(placed.order_id)
    expect(order.items).toHaveLength(2)

    // a cart made on A, changed on B, read on A
    const { cart } = await ok("POST", `${urls.a}/store/carts`, { region_id: regionId }, store)
    await ok(
      "POST",
      `${urls.b}/store/carts/${cart.id}/line-items`,
      { variant_id: variants[0], quantity: 2 },
      store
    )
    const read = await ok("GET", `${urls.a}/store/carts/${cart.id}`, undefined, store)
    expect(read.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[variants[0], 2]])

    // new connections to the public port go to both servers in turn
    const holders = new Set<number | undefined>()
    for (let i = 0; i < 2; i++) holders.add(await holderOnNewConnection())
    expect([...holders].sort()).toEqual([...serverPids].sort())

    // a whole checkout through the public port, as a buyer's browser makes it
    via = urls.shared
    const shared = await work.checkout()
    if (!shared.order_id) throw new Error(`checkout on the public port failed: ${shared.error}`)
    orders.push(shared.order_id)
    const seen = await ok(
      "GET",
      `${urls.a}/admin/orders/${shared.order_id}?fields=id`,
      undefined,
      admin
    )
    expect(seen.order.id).toBe(shared.order_id)
  })

  it("counts each order in the aid ledger once, after payment", async () => {
    via = urls.b
    // placed, not yet paid: no sale in the ledger (the first order's events were handled meanwhile)
    for (const row of await work.saleEntries(orders)) expect(row.entries).toBe(0)
    for (const id of orders) await work.capture(id)
    await eventually(() => work.ledgerComplete(orders), 120_000, "the orders' sale entries")
    // the worker's catch-up job runs twice more meanwhile: nothing is added
    await sleep(CATCH_UP_SECONDS * 2_500)
    for (const row of await work.saleEntries(orders)) {
      expect(row.entries).toBe(row.lines)
      expect(row.distinct_lines).toBe(row.lines)
    }
    const reconciliation = await work.reconcile()
    expect(reconciliation.mismatch_count).toBe(0)
    expect(reconciliation.difference_total).toBe("0.00")
  })

  it("revalidates the storefront once for a change made through one server", async () => {
    // wait until the orders' revalidations are done and nothing more comes
    let last = 0
    await eventually(
      async () => {
        const latest = recorder.received.at(-1)?.at ?? 0
        const calm = latest === last && Date.now() - latest > 3_000
        last = latest
        return calm
      },
      60_000,
      "a quiet storefront"
    )
    const { products } = await ok(
      "GET",
      `${urls.b}/admin/products?handle=meixian-golden-pomelo&fields=id,title`,
      undefined,
      admin
    )
    const changedAt = Date.now()
    await ok(
      "POST",
      `${urls.b}/admin/products/${products[0].id}`,
      { title: `${products[0].title}（节日装）` },
      admin
    )
    await eventually(
      async () => recorder.since(changedAt).length > 0,
      30_000,
      "the storefront's revalidation"
    )
    // each server and the worker had time to send one of their own
    await sleep(4_000)
    const received = recorder.since(changedAt)
    expect(received).toHaveLength(1)
    expect(received[0].tags).toContain("products")
    expect(received[0].secretOk).toBe(true)
  })

  it("runs a scheduled job once per tick, in the worker only", async () => {
    const ticks = await eventually(
      async () => {
        const lines = fs.existsSync(probeFile)
          ? fs.readFileSync(probeFile, "utf8").trim().split("\n").filter(Boolean)
          : []
        return lines.length >= 3 && lines.map((l) => JSON.parse(l))
      },
      60_000,
      "three ticks of the scheduler probe"
    )
    const workerPid = worker().child.pid
    for (const tick of ticks) {
      expect(tick.pid).toBe(workerPid)
      expect(tick.mode).toBe("worker")
    }
    const times = ticks.map((t: { scheduledFor: string }) => t.scheduledFor)
    expect(new Set(times).size).toBe(times.length)
  })

  it("runs every process with the shop's heap policy (MEDUSA_HEAP_GROWTH 25 %, MEDUSA_SEMI_SPACE_MB 32)", () => {
    for (const { process: p, child } of started) {
      const argv = fs.readFileSync(`/proc/${child.pid}/cmdline`, "utf8").split("\0")
      for (const flag of [
        `--heap-growing-percent=${DEFAULT_HEAP_GROWTH}`,
        `--max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`,
      ]) {
        expect(argv, p.label).toContain(flag)
        expect(argv.indexOf(flag), p.label).toBeLessThan(argv.indexOf("start"))
      }
    }
  })

  it("goes on when a server dies: the other one takes the new connections", async () => {
    const b = started.find((s) => s.process.label === "server-2")!
    killGroup(b.child, "SIGKILL")
    await new Promise((resolve) =>
      b.child.exitCode === null && b.child.signalCode === null
        ? b.child.once("exit", resolve)
        : resolve(null)
    )
    via = urls.shared
    for (let i = 0; i < 2; i++) {
      const placed = await work.checkout()
      expect(placed.error).toBeUndefined()
      expect(placed.order_id).toMatch(/^order_/)
    }
    const a = started.find((s) => s.process.label === "server-1")!
    for (let i = 0; i < 2; i++) expect(await holderOnNewConnection()).toBe(a.child.pid)
  })
})
