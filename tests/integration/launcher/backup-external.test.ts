/**
 * Backup and restore of a database at DATABASE_URL (pg_dump / pg_restore) on
 * Debian's PostgreSQL 15: dumped, a restore refused while the database is
 * used, restored beside the old one; and the messages when the client tools
 * are too old or the backup is of the other kind.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import pg from "pg"
import {
  backupDatabase,
  postgresClientTool,
  restoreDatabase,
} from "../../../backend/launcher/backup"
import { freePort, tmpDataDir } from "../../../backend/launcher/database"

import { query } from "../../fixtures/database"

const sql = query

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
