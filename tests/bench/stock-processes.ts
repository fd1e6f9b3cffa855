/**
 * The processes of the side-by-side bench (stock.ts): each app's Medusa
 * processes as `npm start` (the shop) or Medusa's CLI (stock Medusa) run them,
 * the launcher's proxy in a process of its own, and one SQL statement on a
 * database. Every process is started detached, in a group of its own, with
 * its log in tests/artifacts.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { medusaCommand } from "../../backend/launcher/medusa-command"
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
  /** server processes behind the launcher's proxy (in a process of its own); 1 unless set */
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

/** The launcher's proxy in front of `servers`, in a process of its own (proxy-process.ts). */
export function startProxyProcess(app: App, port: number, servers: { base: string }[]) {
  const log = openLog(app, "-proxy")
  const ports = servers.map(({ base }) => new URL(base).port)
  const child = spawn(
    bin("tsx"),
    [path.join(__dirname, "proxy-process.ts"), String(port), ...ports],
    {
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", log, log],
      detached: true,
    }
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
