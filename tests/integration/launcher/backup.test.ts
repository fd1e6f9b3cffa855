/**
 * npm run backup / npm run restore on the embedded database: a seeded shop
 * with a year of demo orders and their aid-ledger entries is backed up while
 * its Postgres runs, changed, and restored; its orders, payments, ledger and
 * stock are then identical to before.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import pg from "pg"
import {
  backupDatabase,
  defaultBackupFile,
  postgresClientTool,
  restoreDatabase,
} from "../../../backend/launcher/backup"
import {
  freePort,
  startEmbeddedPostgres,
  tmpDataDir,
  type Database,
} from "../../../backend/launcher/database"
import { migrate, seed } from "../../../backend/launcher/shop"

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

async function sql(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Runs the launcher (`npm run backup` / `npm run restore`) with the test's embedded database. */
function launcher(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["backend/launcher/cli.ts", ...args],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      }
    )
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.once("exit", (code) => resolve({ code, output }))
  })
}

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
    database = await startEmbeddedPostgres({ dir: dataDir, port, database: "meixian" })
    env = {
      ...process.env,
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port),
      EMBEDDED_PG_DATABASE: "meixian",
    }
    delete env.DATABASE_URL
    const shopEnv = { ...env, DATABASE_URL: database.url, SEED_DEMO_ORDERS: "true" }
    await migrate("development", shopEnv)
    await seed("development", shopEnv)
  }, 600_000)

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
    const backup = await launcher(["backup", file], env)
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
    const refused = await launcher(["restore", file], env)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain("is in use")
    expect(refused.output).toContain("stop the shop first")
    expect(await checksums(url)).toEqual(changed)

    await database!.stop()
    const restored = await launcher(["restore", file], env)
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

/** Debian's PostgreSQL 15 server and client (the image's postgresql-15; .ci/run installs it if missing). */
const PG15 = "/usr/lib/postgresql/15/bin"

async function startDebianPostgres(dir: string) {
  const port = await freePort()
  const data = path.join(dir, "pg15")
  const ids = process.getuid?.() === 0 ? await postgresUserIds() : {}
  fs.mkdirSync(data, { mode: 0o700 })
  if ("uid" in ids) fs.chownSync(data, ids.uid!, ids.gid!)
  await runAs(ids, path.join(PG15, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
  ])
  const server = spawn(
    path.join(PG15, "postgres"),
    ["-D", data, "-p", String(port), "-k", data, "-c", "listen_addresses=localhost"],
    {
      ...ids,
      stdio: "ignore",
    }
  )
  const url = (db: string) => `postgres://postgres:unused@localhost:${port}/${db}`
  for (let i = 0; ; i++) {
    try {
      await sql(url("postgres"), "SELECT 1")
      break
    } catch (error) {
      if (i > 100) throw error
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once("exit", () => resolve())
        server.kill("SIGINT")
      }),
  }
}

async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  const id = (flag: string) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn("id", [flag, "postgres"])
      let out = ""
      child.stdout.on("data", (c) => (out += c))
      child.once("exit", (code) =>
        code === 0 ? resolve(Number(out.trim())) : reject(new Error("no postgres user"))
      )
    })
  return { uid: await id("-u"), gid: await id("-g") }
}

function runAs(ids: { uid?: number; gid?: number }, command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] })
    let err = ""
    child.stderr.on("data", (c) => (err += c))
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command}: ${err}`))))
  })
}

describe("backup and restore of a database at DATABASE_URL (pg_dump / pg_restore)", () => {
  const dir = tmpDataDir("meixian-backup-url-")
  fs.chmodSync(dir, 0o777)
  let server: Awaited<ReturnType<typeof startDebianPostgres>>

  beforeAll(async () => {
    server = await startDebianPostgres(dir)
  })
  afterAll(async () => {
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const state = async (url: string) =>
    sql(
      url,
      `SELECT (SELECT md5(string_agg(o::text, '|' ORDER BY o.id)) FROM orders o) AS orders,
              (SELECT md5(string_agg(e::text, '|' ORDER BY e.id)) FROM ledger e) AS ledger,
              (SELECT last_value FROM ledger_id_seq) AS seq`
    )

  it("dumps, refuses a restore while the database is used, and restores it beside the old one", async () => {
    await sql(server.url("postgres"), "CREATE DATABASE shop")
    const url = server.url("shop")
    await sql(
      url,
      "CREATE TABLE orders (id text PRIMARY KEY, total numeric(12,2), placed_at timestamptz, data jsonb)"
    )
    await sql(
      url,
      "CREATE TABLE ledger (id serial PRIMARY KEY, order_id text REFERENCES orders, amount numeric(12,2))"
    )
    await sql(url, "CREATE INDEX ledger_order ON ledger (order_id)")
    await sql(
      url,
      `INSERT INTO orders SELECT 'order_' || i, i * 1.5, now() - i * interval '1 day', jsonb_build_object('town', '丙村镇', 'i', i)
         FROM generate_series(1, 200) i`
    )
    await sql(url, "INSERT INTO ledger (order_id, amount) SELECT id, total FROM orders")
    const before = await state(url)

    const file = path.join(dir, "shop.dump")
    const log: string[] = []
    await backupDatabase({ kind: "external", url }, file, (line) => log.push(line))
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP")
    expect(log.join("\n")).toMatch(
      /Dumped the database at DATABASE_URL \(PostgreSQL 15\) with \S*pg_dump\./
    )

    await sql(url, "DELETE FROM ledger WHERE id > 150")
    await sql(url, "UPDATE orders SET total = 0")
    const changed = await state(url)

    const shop = new pg.Client({ connectionString: url })
    await shop.connect()
    const refused = await restoreDatabase(
      { kind: "external", url },
      file,
      async () => undefined,
      () => undefined
    ).catch((e) => e)
    expect(refused.message).toMatch(
      /^1 other connection\(s\) use the database "shop" .*stop the shop's servers and workers first.*Nothing was changed\.$/
    )
    expect(await state(url)).toEqual(changed)
    await shop.end()

    const migrated: string[] = []
    await restoreDatabase(
      { kind: "external", url },
      file,
      async (u) => void migrated.push(u),
      () => undefined
    )
    expect(migrated).toEqual([url])
    expect(await state(url)).toEqual(before)
    const kept = await sql(
      server.url("postgres"),
      "SELECT datname FROM pg_database WHERE datname LIKE 'shop_before_restore_%'"
    )
    expect(kept).toHaveLength(1)
    expect(await state(server.url(kept[0].datname))).toEqual(changed)
  })

  it("names the PostgreSQL client to install when pg_dump is older than the server, and refuses a backup of the other kind", async () => {
    const error = await postgresClientTool("pg_dump", 99).catch((e) => e)
    expect(error.message).toMatch(
      /^The database server is PostgreSQL 99, but the newest pg_dump here is 1\d, and pg_dump cannot work with a newer server\. Install the PostgreSQL 99 client \(e\.g\. Debian's postgresql-client-99\)\.$/
    )
    const embeddedBackup = path.join(dir, "embedded.tar.gz")
    fs.writeFileSync(embeddedBackup, zlib.gzipSync("not really a data folder"))
    const wrongKind = await restoreDatabase(
      { kind: "external", url: server.url("shop") },
      embeddedBackup,
      async () => undefined
    ).catch((e) => e)
    expect(wrongKind.message).toContain(
      "is a backup of the embedded database; it restores only into the embedded database"
    )
  })
})
