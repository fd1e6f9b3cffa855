/**
 * The databases every HTTP test file starts from, made once per run in the
 * background while the first files run: one with Medusa's and the shop's
 * migrations applied (`medusa db:migrate`, as `npm run dev` does on a new
 * database), and a copy of it with the seed applied (`medusa exec` of the
 * shop's seed, without the demo orders). Each HTTP file copies one of them
 * (tests/fixtures/http.ts) instead of migrating and seeding a database of its
 * own; Medusa's test runner then finds nothing left to migrate, and the
 * files' own seed call (idempotent) nothing left to create.
 */
import os from "node:os"
import path from "node:path"
import fs from "node:fs"
import { backendDir, bin } from "../../backend/launcher/workspace"
import {
  databaseExists,
  databasesStartingWith,
  dropDatabase,
  onServer,
  serverUrl,
} from "../fixtures/database"
import { removeSeededCluster } from "../fixtures/seeded-cluster"
import { freshLogs, reportStatus, runLogged, sharedSetup, stopBackground } from "./background"
import { sharedPostgres } from "./postgres"
import { SHARED_DATABASE_PREFIX } from "./shared-app-files"

export type HttpTemplates = { migrated: string; seeded: string }

/** The environment of the Medusa commands that make the templates: no Redis, no Stripe. */
function commandEnv(database: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: serverUrl(database),
    SEED_DEMO_ORDERS: "false",
    STRIPE_API_KEY: "",
  }
  delete env.REDIS_URL
  return env
}

async function makeTemplates(prefix: string): Promise<HttpTemplates> {
  const migrated = `${prefix}_migrated`
  const seeded = `${prefix}_seeded`
  await onServer(`CREATE DATABASE "${migrated}"`)
  await runLogged("http-templates.log", bin("medusa"), ["db:migrate"], {
    cwd: backendDir,
    env: commandEnv(migrated),
  })
  await onServer(`CREATE DATABASE "${seeded}" TEMPLATE "${migrated}"`)
  await runLogged("http-templates.log", bin("medusa"), ["exec", "./src/scripts/seed/index.ts"], {
    cwd: backendDir,
    env: commandEnv(seeded),
  })
  return { migrated, seeded }
}

async function start(): Promise<() => Promise<void>> {
  const releasePostgres = await sharedPostgres()
  freshLogs("http-templates.log")
  const prefix = `meixian_http_tpl_${process.pid}`
  const status = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "meixian-http-")), "status.json")
  process.env.TEST_HTTP_TEMPLATES = status
  const done = reportStatus(status, makeTemplates(prefix))
  return async () => {
    // a run that ends first (a few files) does not wait for the templates
    await stopBackground()
    await done
    for (const suffix of ["migrated", "seeded"]) {
      if (await databaseExists(`${prefix}_${suffix}`)) await dropDatabase(`${prefix}_${suffix}`)
    }
    // the workers' shared apps end with their processes, their databases stay
    for (const name of await databasesStartingWith(SHARED_DATABASE_PREFIX)) await dropDatabase(name)
    // the embedded cluster the faults and backup files copy, if one of them made it
    removeSeededCluster(status)
    fs.rmSync(path.dirname(status), { recursive: true, force: true })
    await releasePostgres()
  }
}

/**
 * Makes the templates once per run: both integration projects list this setup
 * (vitest runs each project's global setups in the main process), the first
 * makes them and the others share them (counted, so the last teardown drops them).
 */
export default function setup() {
  return sharedSetup("httpTemplates", start)
}
