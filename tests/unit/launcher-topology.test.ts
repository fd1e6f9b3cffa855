import { type ChildProcess, spawn } from "node:child_process"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { freePort } from "../../backend/launcher/database"
import { startProxy } from "../../backend/launcher/proxy"
import {
  planTopology,
  superviseMedusaProcesses,
  type MedusaProcess,
} from "../../backend/launcher/topology"

const REDIS = { REDIS_URL: "redis://127.0.0.1:6379" }
const roles = (env: NodeJS.ProcessEnv) =>
  planTopology(env, 9000).processes.map((p) => `${p.role}:${p.port}`)

describe("the launcher's plan of Medusa processes (MEDUSA_WORKER_MODE, MEDUSA_SERVERS, MEDUSA_WORKERS)", () => {
  it("runs one shared process on the public port by default, without Redis", () => {
    const plan = planTopology({}, 9000)
    expect(plan).toMatchObject({ role: "shared", proxy: false, storefront: true })
    expect(roles({})).toEqual(["shared:9000"])
  })

  it("splits the roles on one machine: servers behind the proxy, then workers, from MEDUSA_INTERNAL_PORT", () => {
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "2" })).toEqual([
      "server:9001",
      "server:9002",
      "worker:9003",
    ])
    expect(planTopology({ ...REDIS, MEDUSA_SERVERS: "2" }, 9000).proxy).toBe(true)
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "3", MEDUSA_WORKERS: "2" })).toEqual([
      "server:9001",
      "server:9002",
      "server:9003",
      "worker:9004",
      "worker:9005",
    ])
    // one server and a worker: the server keeps the public port, no proxy
    expect(roles({ ...REDIS, MEDUSA_WORKERS: "1" })).toEqual(["server:9000", "worker:9001"])
    expect(roles({ ...REDIS, MEDUSA_SERVERS: "2", MEDUSA_INTERNAL_PORT: "7100" })).toEqual([
      "server:7100",
      "server:7101",
      "worker:7102",
    ])
  })

  it("runs one role when asked: servers and the storefront, or workers alone", () => {
    const server = planTopology({ ...REDIS, MEDUSA_WORKER_MODE: "server" }, 9000)
    expect(server).toMatchObject({ role: "server", proxy: false, storefront: true })
    expect(roles({ ...REDIS, MEDUSA_WORKER_MODE: "server", MEDUSA_SERVERS: "2" })).toEqual([
      "server:9001",
      "server:9002",
    ])
    const worker = planTopology({ ...REDIS, MEDUSA_WORKER_MODE: "worker" }, 9000)
    expect(worker).toMatchObject({ role: "worker", proxy: false, storefront: false })
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

/** A server standing in for a Medusa server: answers with its name and what it received. */
async function upstream(name: string) {
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")))
    req.on("end", () => {
      res.setHeader("set-cookie", [`a=${name}`, "b=2"])
      res.writeHead(200, { "content-type": "application/json" })
      res.end(
        JSON.stringify({ name, method: req.method, url: req.url, body, headers: req.headers })
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

describe("the launcher's reverse proxy in front of several servers", () => {
  it("spreads requests over the servers, forwards bodies, cookies and the client's address", async () => {
    const a = await upstream("a")
    const b = await upstream("b")
    const port = await freePort()
    const proxy = await startProxy("127.0.0.1", port, [a.port, b.port])
    try {
      const names: string[] = []
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/store/carts?i=${i}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
          body: JSON.stringify({ i }),
        })
        const data = await response.json()
        names.push(data.name)
        expect(data).toMatchObject({ method: "POST", url: `/store/carts?i=${i}` })
        expect(JSON.parse(data.body)).toEqual({ i })
        expect(data.headers["x-forwarded-for"]).toBe("203.0.113.7, 127.0.0.1")
        expect(data.headers["x-forwarded-host"]).toBe(`127.0.0.1:${port}`)
        expect(response.headers.getSetCookie()).toEqual([`a=${data.name}`, "b=2"])
      }
      expect(names.sort()).toEqual(["a", "a", "b", "b"])
      expect(proxy.upstreams().map((u) => u.served)).toEqual([2, 2])
    } finally {
      await proxy.close()
      a.server.close()
      b.server.close()
    }
  })

  it("sends a request a stopped server refused to another one, and answers 502 when none is up", async () => {
    const a = await upstream("a")
    const stopped = await freePort()
    const port = await freePort()
    const proxy = await startProxy("127.0.0.1", port, [stopped, a.port])
    try {
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/store/carts`, {
          method: "POST",
          body: "{}",
        })
        expect(response.status).toBe(200)
        expect((await response.json()).name).toBe("a")
      }
      expect(proxy.upstreams().find((u) => u.port === stopped)?.up).toBe(false)
      await new Promise<void>((resolve) => a.server.close(() => resolve()))
      a.server.closeAllConnections()
      const down = await fetch(`http://127.0.0.1:${port}/health`)
      expect(down.status).toBe(502)
      expect((await down.json()).message).toMatch(/服务暂时不可用/)
    } finally {
      await proxy.close()
    }
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
