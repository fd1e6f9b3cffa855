/**
 * Work the global setups do in the background while test files run: child
 * processes whose output goes to a log under tests/artifacts/ (not into the
 * reporter's output), and a status file the test files wait on.
 */
import { type ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

export const artifactsDir = path.resolve(__dirname, "../artifacts")

const running = new Set<ChildProcess>()

/** Empties the logs under tests/artifacts/ a setup writes to, at the start of a run. */
export function freshLogs(...logs: string[]) {
  fs.mkdirSync(artifactsDir, { recursive: true })
  for (const log of logs) fs.rmSync(path.join(artifactsDir, log), { force: true })
}

/**
 * Starts a command in its own process group, its output appended to
 * tests/artifacts/<log>; `stopBackground` ends it with the others.
 */
export function startLogged(
  log: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): ChildProcess {
  fs.mkdirSync(artifactsDir, { recursive: true })
  const file = path.join(artifactsDir, log)
  fs.appendFileSync(file, `\n$ ${path.basename(command)} ${args.join(" ")}\n`)
  const out = fs.openSync(file, "a")
  const child = spawn(command, args, { ...options, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  running.add(child)
  child.once("exit", () => running.delete(child))
  return child
}

/** Runs a command to completion (see startLogged); rejects with the end of its log. */
export function runLogged(
  log: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startLogged(log, command, args, options)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      if (code === 0) return resolve()
      const lines = fs.readFileSync(path.join(artifactsDir, log), "utf8").split("\n")
      reject(
        new Error(
          `${path.basename(command)} ${args.join(" ")} exited with ${signal ?? code}:\n${lines.slice(-30).join("\n")}`
        )
      )
    })
  })
}

/** Ends a process group: SIGTERM, then SIGKILL after `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      child.kill(name)
    }
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    signal("SIGTERM")
  })
}

/** Ends every process the global setups started (a run that ends before their work did). */
export async function stopBackground() {
  await Promise.all([...running].map((child) => stopProcess(child)))
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

type Shared = { users: number; ready: Promise<() => Promise<void>> }
const registry = globalThis as unknown as Record<symbol, Shared | undefined>

/**
 * A global setup several projects list: vitest runs each project's global
 * setups in the main process, so the first call under `name` starts it and
 * the next ones join it; counted, so the last teardown stops it.
 */
export async function sharedSetup(
  name: string,
  start: () => Promise<() => Promise<void>>
): Promise<() => Promise<void>> {
  const key = Symbol.for(`meixian.tests.${name}`)
  const shared = (registry[key] ??= { users: 0, ready: start() })
  shared.users++
  const stop = await shared.ready
  return async () => {
    if (--shared.users === 0) {
      registry[key] = undefined
      await stop()
    }
  }
}
