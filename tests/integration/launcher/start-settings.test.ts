/**
 * `npm start` (backend/launcher/cli.ts start) checks its settings before
 * anything else: a bad MEDUSA_HEAP_GROWTH or MEDUSA_SEMI_SPACE_MB, or a topology that needs Redis
 * without REDIS_URL stops it with exit code 2 and the setting's message,
 * before it looks for the production build and before any database or
 * process starts.
 */
import fs from "node:fs"
import { freePort, tmpDataDir } from "../../../backend/launcher/database"
import { runLauncher } from "../../fixtures/launcher"

async function start(settings: Record<string, string>) {
  const dir = tmpDataDir("meixian-start-settings-")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: String(await freePort()),
    ...settings,
  }
  const unset = [
    "DATABASE_URL",
    "REDIS_URL",
    "MEDUSA_SERVERS",
    "MEDUSA_WORKER_MODE",
    "MEDUSA_HEAP_GROWTH",
    "MEDUSA_SEMI_SPACE_MB",
  ]
  for (const name of unset) if (!(name in settings)) delete env[name]
  const { code, output } = await runLauncher(["start"], env)
  const left = fs.readdirSync(dir)
  fs.rmSync(dir, { recursive: true, force: true })
  return { code, output, left }
}

describe("npm start's settings", () => {
  const badSettings = [
    {
      name: "MEDUSA_HEAP_GROWTH",
      value: "lots",
      message:
        'MEDUSA_HEAP_GROWTH must be a whole percent from 0 to 300 (0: V8\'s own policy); it is "lots".',
    },
    {
      name: "MEDUSA_SEMI_SPACE_MB",
      value: "512",
      message:
        'MEDUSA_SEMI_SPACE_MB must be a whole number of MiB from 0 to 256 (0: V8\'s own); it is "512".',
    },
  ]
  for (const { name, value, message } of badSettings) {
    it(`stops at a bad ${name} with its message, before anything starts`, async () => {
      const { code, output, left } = await start({ [name]: value })
      expect(code).toBe(2)
      expect(output).toContain(message)
      expect(output).not.toMatch(/Embedded Postgres|production build/)
      expect(left).toEqual([])
    })
  }

  it("stops at several servers without REDIS_URL, before anything starts", async () => {
    const { code, output, left } = await start({ MEDUSA_SERVERS: "2" })
    expect(code).toBe(2)
    expect(output).toMatch(/needs REDIS_URL/)
    expect(output).not.toMatch(/Embedded Postgres|production build/)
    expect(left).toEqual([])
  })
})
