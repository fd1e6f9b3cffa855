import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort, portInUse, tmpDataDir } from "../../../backend/launcher/database"

const root = path.resolve(__dirname, "../../..")

/** PIDs of the processes whose command line mentions `dir` (read from /proc). */
function postgresProcessesFor(dir: string): string[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(dir)
      } catch {
        return false
      }
    })
}

describe("stopping the shop with Ctrl-C", () => {
  it("stops the embedded Postgres it started, leaving no process behind", async () => {
    const dir = tmpDataDir("meixian-stop-")
    fs.chmodSync(dir, 0o777)
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EMBEDDED_PG_DIR: dir,
      EMBEDDED_PG_PORT: String(port),
    }
    delete env.DATABASE_URL
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["backend/launcher/cli.ts", "db"],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      }
    )
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line:\n${output}`)), 60_000)
      child.stdout.on("data", () => {
        if (output.includes("Press Ctrl-C to stop.")) {
          clearTimeout(timer)
          resolve()
        }
      })
    })
    expect(output).toContain(`Embedded Postgres on localhost:${port}`)
    expect(await portInUse(port)).toBe(true)
    expect(postgresProcessesFor(dir).length).toBeGreaterThan(0)

    const exit = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code))
    )
    child.kill("SIGINT")
    expect(await exit).toBe(0)
    expect(await portInUse(port)).toBe(false)
    expect(postgresProcessesFor(dir)).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
