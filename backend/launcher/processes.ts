import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"

const children = new Set<ChildProcess>()
const colors = [36, 35, 33, 32, 34]

/** Runs a command to completion, streaming its output with a prefix; rejects on a non-zero exit. */
export function run(
  label: string,
  command: string,
  args: string[],
  options: SpawnOptions = {}
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = start(label, command, args, options)
    child.once("exit", (code, signal) => {
      if (code === 0) resolve()
      else
        reject(new Error(`${label}: "${command} ${args.join(" ")}" exited with ${signal ?? code}`))
    })
  })
}

/** Starts a long-running command in its own process group, prefixing its output. */
export function start(
  label: string,
  command: string,
  args: string[],
  options: SpawnOptions = {}
): ChildProcess {
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    ...options,
  })
  return adopt(label, child)
}

/**
 * Takes a child process the launcher started in another way (a cluster
 * worker: server-cluster.ts) among its own: its output prefixed like the
 * others', stopped with them.
 */
export function adopt(label: string, child: ChildProcess): ChildProcess {
  const color = colors[children.size % colors.length]
  const prefix = `\x1b[${color}m[${label}]\x1b[0m `
  children.add(child)
  child.once("exit", () => children.delete(child))
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffer = ""
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8")
      const lines = buffer.split("\n")
      buffer = lines.pop() ?? ""
      for (const line of lines) out.write(prefix + line + "\n")
    })
    stream?.on("end", () => buffer && out.write(prefix + buffer + "\n"))
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  return child
}

/**
 * Stops every child process group (a process of its own for a cluster worker,
 * which has no group): SIGTERM, then SIGKILL after a grace period.
 */
export async function stopAll(graceMs = 8000): Promise<void> {
  const alive = [...children].filter((c) => c.exitCode === null && c.signalCode === null)
  await Promise.all(
    alive.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            signalGroup(child, "SIGKILL")
            resolve()
          }, graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** Resolves once `url` answers with a 2xx status, or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
