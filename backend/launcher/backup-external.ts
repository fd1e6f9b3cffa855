/**
 * Backup and restore of a database at DATABASE_URL (see ./backup.ts): a
 * `pg_dump --format=custom` file, restored with `pg_restore` beside the
 * database first, from a PostgreSQL client whose major version is at least
 * the server's.
 */
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { backupStamp, type Log } from "./backup-stamp"
import { output } from "./shell"

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

export async function dumpExternal(url: string, file: string, log: Log) {
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

export async function restoreExternal(
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
    const stamp = backupStamp(new Date(), "_")
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
