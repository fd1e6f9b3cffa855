/**
 * The processes of the side-by-side bench (stock.ts): each app's Medusa
 * processes as `npm start` (the shop) or Medusa's CLI (stock Medusa) run them,
 * several shop servers on one port (a cluster, as the launcher runs them), and
 * one SQL statement on a database. Every other process is started detached,
 * in a group of its own; each has its log in tests/artifacts.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { medusaCommand, medusaNodeFlags } from "../../backend/launcher/medusa-command"
import { forkClusterServer } from "../../backend/launcher/server-cluster"
import { bin } from "../../backend/launcher/workspace"
import { logDir } from "../fixtures/production/processes"

export type App = {
  name: string
  kind: "stock" | "shop"
  redis: boolean
  cwd: string
  url: string
  /** Medusa's worker mode of the process; a "server" app gets a worker process beside it */
  mode?: "server"
  /** server processes on one port (the launcher's cluster); 1 unless set */
  servers?: number
}

/** A process's log file in tests/artifacts, named after its app and `suffix`. */
function openLog(app: App, suffix: string) {
  fs.mkdirSync(logDir, { recursive: true })
  return fs.openSync(
    path.join(logDir, `bench-stock-${app.name.replace(/\W+/g, "-")}${suffix}.log`),
    "w"
  )
}

/** One Medusa process of `app` on 127.0.0.1:`port` (its Redis when the app has one, its role if given). */
export function startApp(
  app: App,
  port: number,
  env: NodeJS.ProcessEnv,
  redisUrl: string,
  role?: "server" | "worker",
  index = 0
) {
  const log = openLog(app, `${role ? `-${role}` : ""}${index ? `-${index + 1}` : ""}`)
  // the shop as `npm start` runs it (its heap policy); stock Medusa as its CLI does
  const medusa = app.kind === "shop" ? medusaCommand(env) : { command: bin("medusa"), args: [] }
  const args = [...medusa.args, "start", "-H", "127.0.0.1", "-p", String(port)]
  const child = spawn(medusa.command, args, {
    cwd: app.cwd,
    env: {
      ...env,
      DATABASE_URL: app.url,
      ...(app.redis ? { REDIS_URL: redisUrl } : {}),
      ...(role ? { MEDUSA_WORKER_MODE: role } : {}),
    },
    stdio: ["ignore", log, log],
    detached: true,
  })
  fs.closeSync(log)
  return child
}

/**
 * One of several servers of `app` on 127.0.0.1:`port`, as `npm start` runs them with
 * MEDUSA_SERVERS > 1: a worker of a cluster whose primary is the bench's process
 * (backend/launcher/server-cluster.ts); the primary only hands each new connection on.
 */
export function startClusterServer(
  app: App,
  port: number,
  env: NodeJS.ProcessEnv,
  redisUrl: string,
  index: number
) {
  const log = openLog(app, `-server-${index + 1}`)
  const script = {
    script: bin("medusa"),
    args: ["start", "-H", "127.0.0.1", "-p", String(port)],
    execArgv: medusaNodeFlags(env),
  }
  const child = forkClusterServer(
    `server-${index + 1}`,
    script,
    app.cwd,
    { ...env, DATABASE_URL: app.url, REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "server" },
    ["ignore", log, log]
  )
  fs.closeSync(log)
  return child
}

/** Runs one statement on the database at `url`. */
export async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
