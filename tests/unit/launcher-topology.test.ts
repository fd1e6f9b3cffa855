import { type ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { freePort } from "../../backend/launcher/database"
import { forkClusterServer } from "../../backend/launcher/server-cluster"
import {
  planTopology,
  superviseMedusaProcesses,
  type MedusaProcess,
} from "../../backend/launcher/topology"
import { scratchDir } from "../fixtures/scratch"

const REDIS = { REDIS_URL: "redis://127.0.0.1:6379" }
const roles = (env: NodeJS.ProcessEnv) =>
  planTopology(env, 9000).processes.map((p) => `${p.role}:${p.port}`)

describe("the launcher's plan of Medusa processes (MEDUSA_WORKER_MODE, MEDUSA_SERVERS, MEDUSA_WORKERS)", () => {
  it("runs one shared process on the public port by default, without Redis", () => {
    const plan = planTopology({}, 9000)
    expect(plan).toMatchObject({ role: "shared", cluster: false, storefront: true })
    expect(roles({})).toEqual(["shared:9000"])
  })

  it("splits the roles on one machine: servers on the public port (a cluster), workers from MEDUSA_INTERNAL_PORT", () => {
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "2" })).toEqual([
      "server:9000",
      "server:9000",
      "worker:9001",
    ])
    const two = planTopology({ ...REDIS, MEDUSA_SERVERS: "2" }, 9000)
    expect(two.cluster).toBe(true)
    expect(two.processes.map((p) => [p.label, p.clustered])).toEqual([
      ["server-1", true],
      ["server-2", true],
      ["worker", false],
    ])
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "3", MEDUSA_WORKERS: "2" })).toEqual([
      "server:9000",
      "server:9000",
      "server:9000",
      "worker:9001",
      "worker:9002",
    ])
    // one server and a worker: the server alone on the public port, no cluster
    expect(roles({ ...REDIS, MEDUSA_WORKERS: "1" })).toEqual(["server:9000", "worker:9001"])
    expect(planTopology({ ...REDIS, MEDUSA_WORKERS: "1" }, 9000).cluster).toBe(false)
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "2", MEDUSA_INTERNAL_PORT: "7100" })).toEqual([
      "server:9000",
      "server:9000",
      "worker:7100",
    ])
  })

  it("runs one role when asked: servers and the storefront, or workers alone", () => {
    const server = planTopology({ ...REDIS, MEDUSA_WORKER_MODE: "server" }, 9000)
    expect(server).toMatchObject({ role: "server", cluster: false, storefront: true })
    expect(roles({ ...REDIS, MEDUSA_WORKER_MODE: "server", MEDUSA_SERVERS: "2" })).toEqual([
      "server:9000",
      "server:9000",
    ])
    const worker = planTopology({ ...REDIS, MEDUSA_WORKER_MODE: "worker" }, 9000)
    expect(worker).toMatchObject({ role: "worker", cluster: false, storefront: false })
    expect(roles({ ...REDIS, MEDUSA_WORKER_MODE: "worker", MEDUSA_WORKERS: "2" })).toEqual([
      "worker:9001",
      "worker:9002",
    ])
  })

  it("refuses several processes or a role apart without Redis, and counts that make no sense", () => {
    expect(() => planTopology({ MEDUSA_SERVERS: "2" }, 9000)).toThrow(/needs REDIS_URL/)
    expect(() => planTopology({ MEDUSA_WORKER_MODE: "worker" }, 9000)).toThrow(/needs REDIS_URL/)
    expect(() => planTopology({ MEDUSA_WORKER_MODE: "server" }, 9000)).toThrow(/needs REDIS_URL/)
    expect(() => planTopology({ MEDUSA_WORKER_MODE: "both" }, 9000)).toThrow(
      /MEDUSA_WORKER_MODE must be shared, server or worker/
    )
    expect(() => planTopology({ ...REDIS, MEDUSA_SERVERS: "0" }, 9000)).toThrow(/MEDUSA_SERVERS/)
    expect(() => planTopology({ ...REDIS, MEDUSA_SERVERS: "two" }, 9000)).toThrow(/MEDUSA_SERVERS/)
    expect(() =>
      planTopology({ ...REDIS, MEDUSA_SERVERS: "2", MEDUSA_WORKERS: "0" }, 9000)
    ).toThrow(/no process for the subscribers/)
    expect(() =>
      planTopology({ ...REDIS, MEDUSA_WORKER_MODE: "worker", MEDUSA_WORKERS: "0" }, 9000)
    ).toThrow(/MEDUSA_WORKERS/)
  })
})

/**
 * A script standing in for `medusa start`: listens on the port it is given and
 * answers each request with its pid and the address it sees the client at.
 */
const SERVER_SCRIPT = `
const http = require("node:http")
http
  .createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ pid: process.pid, client: req.socket.remoteAddress, xff: req.headers["x-forwarded-for"] ?? null }))
  })
  .listen(Number(process.argv[2]), "127.0.0.1")
`

/** GET / on a connection of its own (no keep-alive), answered with the server's pid and what it saw. */
const onNewConnection = (port: number) =>
  new Promise<{ pid: number; client: string; xff: string | null }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
        let body = ""
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")))
        res.on("end", () => resolve(JSON.parse(body)))
      })
      .on("error", reject)
  })

describe("several servers on one port through the launcher's cluster", () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL")
  })

  /** Two stand-in servers forked as the launcher forks Medusa's, both listening on `port`. */
  async function twoServers(port: number) {
    const script = path.join(scratchDir("cluster-server-"), "server.js")
    fs.writeFileSync(script, SERVER_SCRIPT)
    const command = { script, args: [String(port)], execArgv: [] }
    for (const label of ["server-1", "server-2"]) {
      children.push(forkClusterServer(label, command, path.dirname(script), {}, "ignore"))
    }
    const pids = children.map((c) => c.pid)
    // both are given connections once both listen
    const deadline = Date.now() + 20_000
    for (const seen = new Set<number>(); seen.size < 2;) {
      if (Date.now() > deadline) throw new Error("the two servers did not both answer")
      seen.add((await onNewConnection(port).catch(() => ({ pid: 0 }))).pid)
      seen.delete(0)
    }
    return pids
  }

  it("hands new connections to the servers in turn, each seeing the client's own address", async () => {
    const port = await freePort()
    const pids = await twoServers(port)
    const answers = []
    for (let i = 0; i < 4; i++) answers.push(await onNewConnection(port))
    expect(answers.map((a) => a.pid).sort()).toEqual([...pids, ...pids].sort())
    for (const answer of answers) {
      expect(answer.client).toBe("127.0.0.1")
      expect(answer.xff).toBeNull()
    }
  })

  it("passes over a server that died: the other one takes every new connection", async () => {
    const port = await freePort()
    const [first, second] = await twoServers(port)
    const dead = children.find((c) => c.pid === first)!
    await new Promise((resolve) => {
      dead.once("exit", resolve)
      dead.kill("SIGKILL")
    })
    for (let i = 0; i < 3; i++) expect((await onNewConnection(port)).pid).toBe(second)
  })
})

describe("the launcher keeps the processes of a split topology running", () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL")
  })
  /** Stands in for `medusa start`: a process that exits at once (code 3) when `crashes` says so. */
  const fakeMedusa = (crashes: (p: MedusaProcess) => boolean) => {
    const started: string[] = []
    const spawnProcess = (p: MedusaProcess) => {
      started.push(p.label)
      const script = crashes(p) ? "process.exit(3)" : "setTimeout(() => {}, 60000)"
      const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" })
      children.push(child)
      return child
    }
    return { started, spawnProcess }
  }

  it("starts a crashed process again, and gives up when it keeps crashing", async () => {
    const plan = planTopology({ ...REDIS, MEDUSA_SERVERS: "2" }, 9000)
    const { started, spawnProcess } = fakeMedusa((p) => p.label === "server-2")
    let stopping = false
    const gaveUp = new Promise<string>((resolve) =>
      superviseMedusaProcesses(plan, spawnProcess, resolve, () => stopping, 10)
    )
    const why = await gaveUp
    stopping = true
    expect(why).toBe("server-2 exited (3), 3 times in five minutes")
    expect(started.filter((l) => l === "server-2")).toHaveLength(3)
    expect(started.filter((l) => l !== "server-2").sort()).toEqual(["server-1", "worker"])
  })

  it("stops at the first exit of a single shared process, and restarts nothing while stopping", async () => {
    const { started, spawnProcess } = fakeMedusa(() => true)
    const why = await new Promise<string>((resolve) =>
      superviseMedusaProcesses(planTopology({}, 9000), spawnProcess, resolve, () => false, 10)
    )
    expect(why).toBe("medusa exited (3)")
    expect(started).toEqual(["medusa"])

    const split = fakeMedusa(() => true)
    let calls = 0
    superviseMedusaProcesses(
      planTopology({ ...REDIS, MEDUSA_WORKERS: "1" }, 9000),
      split.spawnProcess,
      () => calls++,
      () => true,
      10
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(split.started).toEqual(["server", "worker"])
    expect(calls).toBe(0)
  })
})
