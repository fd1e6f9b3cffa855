/**
 * Runs the whole shop: database, migrations, seed, Medusa (API + admin) and the
 * storefront.
 *
 *   tsx backend/launcher/cli.ts dev     development servers with reload
 *   tsx backend/launcher/cli.ts start   production servers (after npm run build)
 *   tsx backend/launcher/cli.ts seed    database, migrations and seed only
 *   tsx backend/launcher/cli.ts db      only the database, until Ctrl-C
 *   tsx backend/launcher/cli.ts backup [FILE]   a backup of the database (see backup.ts)
 *   tsx backend/launcher/cli.ts restore FILE    the database replaced by a backup, then migrations
 */
import path from "node:path"
import { adminCredentials } from "../src/scripts/seed/admin-credentials"
import { backupDatabase, backupTarget, defaultBackupFile, restoreDatabase } from "./backup"
import { openShopDatabase, type Database } from "./database"
import { heapGrowth, semiSpaceMiB } from "./medusa-command"
import { stopAll, waitForHttp } from "./processes"
import {
  linkUploadsFolder,
  medusaDir,
  migrate,
  type Mode,
  seed,
  serverDir,
  startBackend,
  startStorefront,
} from "./shop"
import { readPublishableKey, revalidationEnv, writeStorefrontEnv } from "./storefront-env"
import {
  describeTopology,
  planTopology,
  startMedusaProcess,
  superviseMedusaProcesses,
  type Topology,
} from "./topology"
import { backendDir, dataDir, loadRootEnv, rootDir } from "./workspace"

const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000

type Command = "dev" | "start" | "seed" | "db" | "backup" | "restore"

/** npm run backup [FILE] / npm run restore FILE: nothing else is started. */
async function backupOrRestore(command: "backup" | "restore", file: string | undefined) {
  loadRootEnv()
  process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
  const target = backupTarget(dataDir)
  try {
    if (command === "backup") {
      await backupDatabase(target, file || defaultBackupFile(target))
    } else {
      if (!file)
        throw new Error("Name the backup to restore: npm run restore -- backups/meixian-….tar.gz")
      await restoreDatabase(target, file, (url) =>
        migrate("development", { ...process.env, DATABASE_URL: url })
      )
      console.log("Restore done.")
    }
    process.exit(0)
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}

async function main(command: Command) {
  loadRootEnv()
  // No telemetry: the shop's machines reach no analytics endpoints.
  process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
  process.env.NEXT_TELEMETRY_DISABLED ??= "1"
  const mode: Mode = command === "start" ? "production" : "development"
  if (mode === "production") process.env.NODE_ENV = "production"
  // npm start: which Medusa processes this machine runs (topology.ts); npm run dev: one, as ever.
  // The settings are checked first, before the build and before anything starts.
  let topology: Topology | undefined
  try {
    if (command === "start") {
      topology = planTopology(process.env, BACKEND_PORT)
      heapGrowth(process.env)
      semiSpaceMiB(process.env)
    }
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`)
    process.exit(2)
  }
  medusaDir(mode)
  const storefrontHere = topology?.storefront ?? true

  let database: Database | undefined
  let shuttingDown = false
  const shutdown = async (code: number) => {
    if (shuttingDown) return
    shuttingDown = true
    console.log("\nStopping the shop...")
    await stopAll()
    await database?.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))

  try {
    database = await openShopDatabase(dataDir)
    console.log(
      database.embedded
        ? `Embedded Postgres on localhost:${database.port} (data in ${path.relative(rootDir, process.env.EMBEDDED_PG_DIR || path.join(dataDir, "postgres"))})`
        : `Using DATABASE_URL (${database.host}:${database.port}/${database.database})`
    )
    if (command === "db") {
      console.log(`DATABASE_URL=${database.url}\nPress Ctrl-C to stop.`)
      return
    }

    const env = { ...process.env, DATABASE_URL: database.url }
    if (command === "seed" || process.env.MIGRATE_ON_START !== "false") await migrate(mode, env)
    if (command === "seed" || process.env.SEED_ON_START !== "false") {
      await seed(mode, env)
    }
    const publishableKey = storefrontHere ? await readPublishableKey(database.url) : ""
    const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
    if (storefrontHere) writeStorefrontEnv({ backendUrl, publishableKey })
    if (command === "seed") {
      await shutdown(0)
      return
    }

    // Medusa and the storefront share the revalidation secret: catalogue events expire the storefront's cache.
    if (topology && topology.role !== "shared" && !process.env.STOREFRONT_REVALIDATE_SECRET) {
      throw new Error(
        `MEDUSA_WORKER_MODE=${topology.role} runs apart from the other role: set the same STOREFRONT_REVALIDATE_SECRET (and STOREFRONT_URL) on every machine.`
      )
    }
    const shared = { ...env, ...revalidationEnv(STOREFRONT_PORT) }
    if (topology) {
      console.log(`Medusa: ${describeTopology(topology)}`)
      linkUploadsFolder(serverDir, path.join(backendDir, "static"))
      superviseMedusaProcesses(
        topology,
        (p) => startMedusaProcess(p, shared),
        (why) => {
          console.error(`${why}; stopping the shop.`)
          void shutdown(1)
        },
        () => shuttingDown
      )
    }
    const medusa = topology ? [] : [["Medusa", startBackend(mode, BACKEND_PORT, shared)] as const]
    const storefront = storefrontHere
      ? startStorefront(mode, STOREFRONT_PORT, {
          ...shared,
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY: publishableKey,
        })
      : undefined
    for (const [name, child] of [
      ...medusa,
      ...(storefront ? [["The storefront", storefront] as const] : []),
    ]) {
      child.once("exit", (code) => {
        if (!shuttingDown) {
          console.error(`${name} exited (${code}); stopping the shop.`)
          void shutdown(1)
        }
      })
    }
    const ports = topology ? [...new Set(topology.processes.map((p) => p.port))] : [BACKEND_PORT]
    await Promise.all(ports.map((p) => waitForHttp(`http://127.0.0.1:${p}/health`, 180_000)))
    if (!storefrontHere) {
      console.log("\nThe Medusa worker(s) are running. Press Ctrl-C to stop.\n")
      return
    }
    await waitForHttp(`http://127.0.0.1:${STOREFRONT_PORT}/`, 180_000).catch((e) =>
      console.error(String(e))
    )
    const admin = adminCredentials()
    console.log(
      [
        "",
        "梅县消费帮扶商城 is running:",
        `  Storefront  http://localhost:${STOREFRONT_PORT}`,
        `  Admin       http://localhost:${BACKEND_PORT}/app`,
        `  Store API   http://localhost:${BACKEND_PORT}/store (x-publishable-api-key: ${publishableKey})`,
        `  Admin login ${admin.email} / ${process.env.ADMIN_PASSWORD ? "(the ADMIN_PASSWORD you set)" : admin.password}`,
        "Press Ctrl-C to stop.",
        "",
      ].join("\n")
    )
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}`)
    await shutdown(1)
  }
}

const command = (process.argv[2] || "dev") as Command
if (!["dev", "start", "seed", "db", "backup", "restore"].includes(command)) {
  console.error(`Unknown command "${command}": use dev, start, seed, db, backup or restore.`)
  process.exit(2)
}
if (command === "backup" || command === "restore") void backupOrRestore(command, process.argv[3])
else void main(command as Exclude<Command, "backup" | "restore">)
