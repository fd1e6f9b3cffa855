import fs from "node:fs"
import pg from "pg"
import {
  connectExternal,
  freePort,
  startEmbeddedPostgres,
  tmpDataDir,
} from "../../../backend/launcher/database"

describe("the shop's embedded Postgres", () => {
  it("keeps its data across a stop and a restart", async () => {
    const dir = tmpDataDir("meixian-restart-")
    fs.chmodSync(dir, 0o777)
    const port = await freePort()
    try {
      const first = await startEmbeddedPostgres({ dir, port, database: "restart_check" })
      const client = new pg.Client({ connectionString: first.url })
      await client.connect()
      await client.query("CREATE TABLE orders_kept (id text PRIMARY KEY, total numeric)")
      await client.query("INSERT INTO orders_kept VALUES ('order_1', 59.90)")
      await client.end()
      await first.stop()

      const second = await startEmbeddedPostgres({ dir, port, database: "restart_check" })
      const again = new pg.Client({ connectionString: second.url })
      await again.connect()
      const { rows } = await again.query("SELECT id, total::text FROM orders_kept")
      await again.end()
      await second.stop()
      expect(rows).toEqual([{ id: "order_1", total: "59.90" }])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("refuses to start on a port that is taken, with a message saying what to do", async () => {
    const dir = tmpDataDir("meixian-port-")
    fs.chmodSync(dir, 0o777)
    const port = Number(process.env.DB_PORT)
    await expect(startEmbeddedPostgres({ dir, port, database: "x" })).rejects.toThrow(
      `Port ${port} is already in use, so the embedded Postgres cannot start there. Stop the other process or set EMBEDDED_PG_PORT to a free port.`
    )
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe("a configured DATABASE_URL", () => {
  it("fails fast with a clear message when the server cannot be reached", async () => {
    const port = await freePort()
    const started = Date.now()
    const error = await connectExternal(`postgres://shop:secret@localhost:${port}/meixian`).catch(
      (e) => e
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(error.message).toContain(
      `Cannot reach the database configured in DATABASE_URL (localhost:${port}/meixian)`
    )
    expect(error.message).toContain("unset DATABASE_URL to use the embedded Postgres")
    expect(error.message).not.toContain("secret")
  })

  it("creates its database when the server answers but the database is new", async () => {
    const name = `created_by_launcher_${process.pid}`
    const url = `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@localhost:${process.env.DB_PORT}/${name}`
    const database = await connectExternal(url)
    expect(database.database).toBe(name)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query("SELECT current_database() AS name")
    await client.end()
    expect(rows[0].name).toBe(name)
  })

  it("names wrong credentials clearly", async () => {
    const url = `postgres://${process.env.DB_USERNAME}:wrong-password@localhost:${process.env.DB_PORT}/postgres`
    const error = await connectExternal(url).catch((e) => e)
    expect(error.message).toMatch(
      /^Cannot reach the database configured in DATABASE_URL \(localhost:\d+\/postgres\): password authentication failed/
    )
    expect(error.message).not.toContain("wrong-password")
  })

  it("is used as it is when it answers", async () => {
    const url = `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@localhost:${process.env.DB_PORT}/postgres`
    const database = await connectExternal(url)
    expect(database.embedded).toBe(false)
    expect(database.port).toBe(Number(process.env.DB_PORT))
  })
})
