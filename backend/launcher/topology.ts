/**
 * Which Medusa processes `npm start` runs on this machine, and on which ports
 * (docs/production.md#topology):
 *
 * - MEDUSA_WORKER_MODE=shared (the default) with MEDUSA_SERVERS=1 and
 *   MEDUSA_WORKERS=0: one process serving requests and doing the background
 *   work, on the public port (9000).
 * - shared with MEDUSA_SERVERS > 1 or MEDUSA_WORKERS > 0: the roles split on
 *   this machine, MEDUSA_SERVERS server processes and MEDUSA_WORKERS worker
 *   processes (default 1).
 * - MEDUSA_WORKER_MODE=server: only server processes (MEDUSA_SERVERS, default
 *   1) and the storefront; the workers run elsewhere.
 * - MEDUSA_WORKER_MODE=worker: only worker processes (MEDUSA_WORKERS, default
 *   1), no storefront; the servers run elsewhere.
 *
 * Servers listen on the public port, several of them together through Node's
 * cluster (server-cluster.ts: the launcher hands each new connection to them
 * in turn); workers listen on 127.0.0.1 at MEDUSA_INTERNAL_PORT (default 9001)
 * and up, and serve only /health. More than one process, or a role apart,
 * needs REDIS_URL: events, workflows, scheduled jobs, locks and the cache are
 * shared through Redis.
 */
import type { ChildProcess, SpawnOptions } from "node:child_process"
import path from "node:path"
import { start } from "./processes"
import { forkClusterServer } from "./server-cluster"
import { linkUploadsFolder, serverDir } from "./shop"
import { medusaCommand, medusaNodeFlags } from "./medusa-command"
import { backendDir, bin } from "./workspace"

export type Role = "shared" | "server" | "worker"

export type MedusaProcess = {
  role: Role
  label: string
  port: number
  /** one of several servers sharing the public port (a worker of the launcher's cluster) */
  clustered: boolean
}

export type Topology = {
  /** what this machine runs (MEDUSA_WORKER_MODE) */
  role: Role
  /** the port buyers, the storefront and the admin reach Medusa on */
  publicPort: number
  /** whether several servers share publicPort through the launcher's cluster */
  cluster: boolean
  /** whether this machine runs the storefront */
  storefront: boolean
  processes: MedusaProcess[]
}

const ROLES: Role[] = ["shared", "server", "worker"]

function count(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max = 64
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (it is "${raw}").`)
  }
  return value
}

/**
 * The processes of this machine from the environment. `internalPort(i)` is the
 * port of the i-th worker process (default MEDUSA_INTERNAL_PORT + i).
 */
export function planTopology(
  env: NodeJS.ProcessEnv,
  publicPort: number,
  internalPort?: (index: number) => number
): Topology {
  const role = (env.MEDUSA_WORKER_MODE?.trim() || "shared") as Role
  if (!ROLES.includes(role)) {
    throw new Error(
      `MEDUSA_WORKER_MODE must be shared, server or worker (it is "${env.MEDUSA_WORKER_MODE}").`
    )
  }
  const servers = role === "worker" ? 0 : count(env, "MEDUSA_SERVERS", 1, 1)
  const workers =
    role === "server"
      ? 0
      : count(
          env,
          "MEDUSA_WORKERS",
          role === "worker" || servers > 1 ? 1 : 0,
          role === "worker" ? 1 : 0
        )
  if (role === "shared" && servers > 1 && workers === 0) {
    throw new Error(
      "MEDUSA_WORKERS=0 with several servers leaves no process for the subscribers and scheduled jobs: run at least one worker."
    )
  }
  if (role === "shared" && servers === 1 && workers === 0) {
    return {
      role,
      publicPort,
      cluster: false,
      storefront: true,
      processes: [{ role: "shared", label: "medusa", port: publicPort, clustered: false }],
    }
  }
  if (!env.REDIS_URL) {
    throw new Error(
      `Running Medusa as ${servers} server and ${workers} worker processes (MEDUSA_WORKER_MODE=${role}` +
        `, MEDUSA_SERVERS, MEDUSA_WORKERS) needs REDIS_URL: the processes share events, workflows, ` +
        `scheduled jobs, locks and the cache through Redis. Set REDIS_URL, or run one shared process ` +
        `(unset MEDUSA_WORKER_MODE, MEDUSA_SERVERS and MEDUSA_WORKERS).`
    )
  }
  const base = count(env, "MEDUSA_INTERNAL_PORT", 9001, 1024, 65_000)
  const portOf = internalPort ?? ((i: number) => base + i)
  const cluster = servers > 1
  const processes: MedusaProcess[] = []
  for (let i = 0; i < servers; i++) {
    const label = cluster ? `server-${i + 1}` : "server"
    processes.push({ role: "server", label, port: publicPort, clustered: cluster })
  }
  for (let i = 0; i < workers; i++) {
    const label = workers > 1 ? `worker-${i + 1}` : "worker"
    processes.push({ role: "worker", label, port: portOf(i), clustered: false })
  }
  return { role, publicPort, cluster, storefront: role !== "worker", processes }
}

/** A one-line description of the plan, for the launcher's output. */
export function describeTopology(topology: Topology): string {
  const count = (role: Role) => topology.processes.filter((p) => p.role === role).length
  if (topology.processes.length === 1 && topology.role === "shared")
    return `one Medusa process (server and worker) on port ${topology.publicPort}`
  const parts = [
    count("server") && `${count("server")} server process(es)`,
    count("worker") && `${count("worker")} worker process(es)`,
  ].filter(Boolean)
  const ports = topology.processes.map((p) => `${p.label} :${p.port}`).join(", ")
  const front = topology.cluster ? ` (the servers share port ${topology.publicPort})` : ""
  return `${parts.join(" and ")} (${ports})${front}`
}

/**
 * `medusa start` of the production build as one process of the plan, with the
 * shop's heap policy (medusa-command.ts): in its own process group, or as a
 * worker of the launcher's cluster for one of several servers
 * (server-cluster.ts; `options.stdio` is then all of `options` it uses).
 */
export function startMedusaProcess(
  p: MedusaProcess,
  env: NodeJS.ProcessEnv,
  options: SpawnOptions = {}
): ChildProcess {
  const startArgs = ["start", "-H", "127.0.0.1", "-p", String(p.port)]
  const processEnv = {
    ...env,
    MEDUSA_WORKER_MODE: p.role,
    ...(p.role === "worker" ? { ADMIN_DISABLED: "true" } : {}),
  }
  if (p.clustered) {
    const script = { script: bin("medusa"), args: startArgs, execArgv: medusaNodeFlags(env) }
    return forkClusterServer(p.label, script, serverDir, processEnv, options.stdio)
  }
  const medusa = medusaCommand(env)
  return start(p.label, medusa.command, [...medusa.args, ...startArgs], {
    cwd: serverDir,
    ...options,
    env: processEnv,
  })
}

/**
 * Starts every process of the plan at once: servers with their role, workers
 * with the admin disabled. `options(process)` may redirect a process's output
 * (the tests log to files).
 */
export function startMedusaProcesses(
  topology: Topology,
  env: NodeJS.ProcessEnv,
  options: (p: MedusaProcess) => SpawnOptions = () => ({})
): { process: MedusaProcess; child: ChildProcess }[] {
  linkUploadsFolder(serverDir, path.join(backendDir, "static"))
  return topology.processes.map((p) => ({
    process: p,
    child: startMedusaProcess(p, env, options(p)),
  }))
}

/** How often a process may exit within RESTART_WINDOW_MS before the launcher gives up. */
const RESTARTS = 3
const RESTART_WINDOW_MS = 5 * 60_000

/**
 * Starts the plan's processes and keeps them running (npm start). With several
 * processes, one that exits is started again after `delayMs` (the other
 * servers take the new connections meanwhile, queued events wait in Redis) unless
 * it already exited RESTARTS times within five minutes; then, and for a single
 * process at its first exit, `giveUp` is called (the launcher stops the shop,
 * systemd or the container runtime starts it again).
 */
export function superviseMedusaProcesses(
  topology: Topology,
  spawnProcess: (p: MedusaProcess) => ChildProcess,
  giveUp: (message: string) => void,
  stopping: () => boolean,
  delayMs = 2_000
) {
  const exits = new Map<string, number[]>()
  const run = (p: MedusaProcess) => {
    const child = spawnProcess(p)
    child.once("exit", (code, signal) => {
      if (stopping()) return
      const recent = (exits.get(p.label) ?? []).filter((t) => Date.now() - t < RESTART_WINDOW_MS)
      exits.set(p.label, [...recent, Date.now()])
      const how = `${p.label} exited (${signal ?? code})`
      if (topology.processes.length === 1 || recent.length + 1 >= RESTARTS) {
        giveUp(recent.length ? `${how}, ${recent.length + 1} times in five minutes` : how)
        return
      }
      console.error(`${how}; starting it again.`)
      setTimeout(() => !stopping() && run(p), delayMs)
    })
  }
  topology.processes.forEach(run)
}
