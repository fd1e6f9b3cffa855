/**
 * Runs the whole shop: database, migrations, seed, Medusa (API + admin) and the
 * storefront.
 *
 *   tsx backend/launcher/cli.ts dev     development servers with reload
 *   tsx backend/launcher/cli.ts start   production servers (after npm run build)
 *   tsx backend/launcher/cli.ts seed    database, migrations and seed only
 *   tsx backend/launcher/cli.ts db      only the database, until Ctrl-C
 */
import fs from "node:fs"
import path from "node:path"
import { openShopDatabase, Database } from "./database"
import { run, start, stopAll, waitForHttp } from "./processes"
import { backendDir, bin, dataDir, loadRootEnv, rootDir, storefrontDir } from "./workspace"
import { readPublishableKey, writeStorefrontEnv } from "./storefront-env"
import { adminCredentials } from "../src/scripts/seed/admin-credentials"

const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000

type Mode = "dev" | "start" | "seed" | "db"

async function main(mode: Mode) {
  loadRootEnv()
  const production = mode === "start"
  if (production) process.env.NODE_ENV = "production"
  const serverDir = path.join(backendDir, ".medusa", "server")
  if (production && !fs.existsSync(path.join(serverDir, "medusa-config.js"))) {
    throw new Error('No production build found: run "npm run build" first.')
  }

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
    if (mode === "db") {
      console.log(`DATABASE_URL=${database.url}\nPress Ctrl-C to stop.`)
      return
    }

    const env = { ...process.env, DATABASE_URL: database.url }
    const medusa = bin("medusa")
    const medusaCwd = production ? serverDir : backendDir
    await run("migrate", medusa, ["db:migrate"], { cwd: medusaCwd, env })
    if (mode === "seed" || process.env.SEED_ON_START !== "false") {
      const seedScript = production ? "./src/scripts/seed/index.js" : "./src/scripts/seed/index.ts"
      await run("seed", medusa, ["exec", seedScript], { cwd: medusaCwd, env })
    }
    const publishableKey = await readPublishableKey(database.url)
    const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
    writeStorefrontEnv({ backendUrl, publishableKey })
    if (mode === "seed") {
      await shutdown(0)
      return
    }

    const storefrontEnv = {
      ...env,
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      PORT: String(STOREFRONT_PORT),
    }
    const backend = production
      ? start("medusa", medusa, ["start", "-H", "127.0.0.1", "-p", String(BACKEND_PORT)], { cwd: serverDir, env })
      : start("medusa", medusa, ["develop", "-H", "127.0.0.1", "-p", String(BACKEND_PORT)], { cwd: backendDir, env })
    const storefront = start(
      "storefront",
      bin("next"),
      [production ? "start" : "dev", "-H", "127.0.0.1", "-p", String(STOREFRONT_PORT)],
      { cwd: storefrontDir, env: storefrontEnv }
    )
    for (const [name, child] of [["Medusa", backend], ["The storefront", storefront]] as const) {
      child.once("exit", (code) => {
        if (!shuttingDown) {
          console.error(`${name} exited (${code}); stopping the shop.`)
          void shutdown(1)
        }
      })
    }
    await waitForHttp(`http://127.0.0.1:${BACKEND_PORT}/health`, 180_000)
    await waitForHttp(`http://127.0.0.1:${STOREFRONT_PORT}/`, 180_000).catch((e) => console.error(String(e)))
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

const mode = (process.argv[2] || "dev") as Mode
if (!["dev", "start", "seed", "db"].includes(mode)) {
  console.error(`Unknown command "${mode}": use dev, start, seed or db.`)
  process.exit(2)
}
void main(mode)
