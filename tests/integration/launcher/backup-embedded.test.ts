/**
 * npm run backup / npm run restore on the embedded database: a seeded shop
 * with demo orders (paid, refunded and canceled, placed through Medusa's
 * workflows: the browser tests' shop's year of them when the run has it, else
 * four months seeded here; tests/fixtures/demo-cluster.ts) and their
 * aid-ledger entries is backed up while its Postgres runs, changed, and
 * restored; its orders, payments, ledger and stock are then identical to
 * before.
 */
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { defaultBackupFile } from "../../../backend/launcher/backup"
import {
  freePort,
  startEmbeddedPostgres,
  tmpDataDir,
  type Database,
} from "../../../backend/launcher/database"

import { query } from "../../fixtures/database"
import { startDemoOrdersCluster } from "../../fixtures/demo-cluster"
import { runLauncher } from "../../fixtures/launcher"

const root = path.resolve(__dirname, "../../..")

/** The tables whose rows must come back exactly. */
const TABLES = [
  "order",
  "order_item",
  "order_line_item",
  "order_summary",
  "order_transaction",
  "payment",
  "capture",
  "refund",
  "aid_entry",
  "aid_daily_total",
  "inventory_level",
  "reservation_item",
  "farm_stock_audit",
]

async function checksums(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const sums: Record<string, string> = {}
    for (const table of TABLES) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS sum FROM "${table}" t`
      )
      sums[table] = `${rows[0].n}:${rows[0].sum}`
    }
    return sums
  } finally {
    await client.end()
  }
}

const sql = query

describe("npm run backup and npm run restore (embedded database)", () => {
  const dir = tmpDataDir("meixian-backup-")
  fs.chmodSync(dir, 0o777)
  const dataDir = path.join(dir, "postgres")
  const file = path.join(dir, "shop.tar.gz")
  let port: number
  let database: Database | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    port = await freePort()
    env = {
      ...process.env,
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port),
      EMBEDDED_PG_DATABASE: "meixian",
    }
    delete env.DATABASE_URL
    // the run's seeded shop in this test's embedded Postgres, with demo orders
    database = await startDemoOrdersCluster({ dir: dataDir, port, env, months: 4 })
  }, 900_000)

  afterAll(async () => {
    await database?.stop()
    // the data folder, the backup and the folder the restore set aside are all in here
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("names a default backup by the China time it was made, in the git-ignored backups folder", () => {
    const at = new Date("2026-03-01T16:05:09Z")
    expect(defaultBackupFile({ kind: "embedded", dir: dataDir, database: "meixian" }, at)).toBe(
      path.join(root, "backups", "meixian-20260302-000509.tar.gz")
    )
    expect(defaultBackupFile({ kind: "external", url: "postgres://x@h/db" }, at)).toMatch(
      /backups\/meixian-20260302-000509\.dump$/
    )
    expect(fs.readFileSync(path.join(root, ".gitignore"), "utf8").split("\n")).toContain("backups/")
  })

  it("restores orders, payments, the aid ledger and stock exactly as they were backed up, running migrations the backup lacks", async () => {
    const url = database!.url
    const [{ orders, entries }] = await sql(
      url,
      `SELECT (SELECT count(*) FROM "order")::int AS orders, (SELECT count(*) FROM aid_entry)::int AS entries`
    )
    expect(orders).toBeGreaterThan(20)
    expect(entries).toBeGreaterThan(orders)

    // An older database: one of the shop's migrations not applied yet (its index missing).
    await sql(url, `DROP INDEX "IDX_farm_stock_audit_reference_id"`)
    await sql(url, `DELETE FROM mikro_orm_migrations WHERE name = 'Migration20261129170746'`)
    const before = await checksums(url)

    // Backed up while the database runs and is written to.
    const writer = new pg.Client({ connectionString: url })
    await writer.connect()
    await writer.query(
      "CREATE TABLE backup_traffic (id serial PRIMARY KEY, at timestamptz DEFAULT now())"
    )
    let writing = true
    const traffic = (async () => {
      while (writing) await writer.query("INSERT INTO backup_traffic DEFAULT VALUES")
    })()
    const backup = await runLauncher(["backup", file], env)
    writing = false
    await traffic
    await writer.end()
    expect(backup.output).toContain("backing up while it works")
    expect(backup.code, backup.output).toBe(0)
    expect(fs.statSync(file).size).toBeGreaterThan(1_000_000)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)

    // Changed after the backup: ledger entries lost, an order altered, stock moved.
    await sql(
      url,
      `DELETE FROM aid_entry WHERE id IN (SELECT id FROM aid_entry ORDER BY id LIMIT 25)`
    )
    await sql(
      url,
      `UPDATE "order" SET email = 'changed@example.cn' WHERE id = (SELECT min(id) FROM "order")`
    )
    await sql(url, `UPDATE inventory_level SET stocked_quantity = stocked_quantity + 7`)
    const changed = await checksums(url)
    expect(changed).not.toEqual(before)

    // Refused while the shop's database runs, changing nothing.
    const refused = await runLauncher(["restore", file], env)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain("is in use")
    expect(refused.output).toContain("stop the shop first")
    expect(await checksums(url)).toEqual(changed)

    await database!.stop()
    const restored = await runLauncher(["restore", file], env)
    expect(restored.code, restored.output).toBe(0)
    expect(restored.output).toContain("applying migrations the backup lacks")
    expect(restored.output).toMatch(/before-restore-\d{8}-\d{6}/)

    database = await startEmbeddedPostgres({ dir: dataDir, port, database: "meixian" })
    expect(await checksums(url)).toEqual(before)
    const migrated = await sql(
      url,
      `SELECT 1 FROM mikro_orm_migrations WHERE name = 'Migration20261129170746'`
    )
    expect(migrated).toHaveLength(1)
    const index = await sql(
      url,
      `SELECT 1 FROM pg_indexes WHERE indexname = 'IDX_farm_stock_audit_reference_id'`
    )
    expect(index).toHaveLength(1)
    // The writes that went on during the backup are there up to its end.
    const [{ n }] = await sql(url, "SELECT count(*)::int AS n FROM backup_traffic")
    expect(n).toBeGreaterThan(0)
  }, 600_000)
})
