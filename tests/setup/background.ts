/**
 * Work the global setups do in the background while test files run: child
 * processes whose output goes to a log under tests/artifacts/ (not into the
 * reporter's output), and a status file the test files wait on.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

export const artifactsDir = path.resolve(__dirname, "../artifacts")

/** Runs a command to completion, its output appended to tests/artifacts/<log>; rejects with the log's tail. */
export function runLogged(
  log: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true })
  const file = path.join(artifactsDir, log)
  fs.appendFileSync(file, `\n$ ${path.basename(command)} ${args.join(" ")}\n`)
  const out = fs.openSync(file, "a")
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", out, out] })
    fs.closeSync(out)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      if (code === 0) return resolve()
      const tail = fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n")
      reject(
        new Error(
          `${path.basename(command)} ${args.join(" ")} exited with ${signal ?? code}:\n${tail}`
        )
      )
    })
  })
}

export type Status<T> =
  | { state: "building"; since: number }
  | { state: "ready"; value: T }
  | { state: "failed"; error: string }

/** A status file: "building" now, then the value or the error of `work`. */
export function reportStatus<T>(file: string, work: Promise<T>): Promise<void> {
  const write = (status: Status<T>) => {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(status))
    fs.renameSync(`${file}.tmp`, file)
  }
  write({ state: "building", since: Date.now() })
  return work.then(
    (value) => write({ state: "ready", value }),
    (error) => write({ state: "failed", error: String(error?.stack ?? error) })
  )
}

/** Waits for the status file's value; throws the background work's error. */
export async function awaitStatus<T>(file: string, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const status = JSON.parse(fs.readFileSync(file, "utf8")) as Status<T>
    if (status.state === "ready") return status.value
    if (status.state === "failed")
      throw new Error(`${what} could not be prepared:\n${status.error}`)
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
