/**
 * `npm start` (backend/launcher/cli.ts start) checks its settings before
 * anything else: a bad MEDUSA_HEAP_GROWTH or a topology that needs Redis
 * without REDIS_URL stops it with exit code 2 and the setting's message,
 * before it looks for the production build and before any database or
 * process starts.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort, tmpDataDir } from "../../../backend/launcher/database"

const root = path.resolve(__dirname, "../../..")

async function start(settings: Record<string, string>) {
  const dir = tmpDataDir("meixian-start-settings-")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: String(await freePort()),
    ...settings,
  }
  for (const name of ["DATABASE_URL", "REDIS_URL", "MEDUSA_SERVERS", "MEDUSA_WORKER_MODE"])
    if (!(name in settings)) delete env[name]
  if (!("MEDUSA_HEAP_GROWTH" in settings)) delete env.MEDUSA_HEAP_GROWTH
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["backend/launcher/cli.ts", "start"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    }
  )
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
  const left = fs.readdirSync(dir)
  fs.rmSync(dir, { recursive: true, force: true })
  return { code, output, left }
}

describe("npm start's settings", () => {
  it("stops at a bad MEDUSA_HEAP_GROWTH with its message, before anything starts", async () => {
    const { code, output, left } = await start({ MEDUSA_HEAP_GROWTH: "lots" })
    expect(code).toBe(2)
    expect(output).toContain(
      'MEDUSA_HEAP_GROWTH must be a whole percent from 0 to 300 (0: V8\'s own policy); it is "lots".'
    )
    expect(output).not.toMatch(/Embedded Postgres|production build/)
    expect(left).toEqual([])
  })

  it("stops at several servers without REDIS_URL, before anything starts", async () => {
    const { code, output, left } = await start({ MEDUSA_SERVERS: "2" })
    expect(code).toBe(2)
    expect(output).toMatch(/needs REDIS_URL/)
    expect(output).not.toMatch(/Embedded Postgres|production build/)
    expect(left).toEqual([])
  })
})
