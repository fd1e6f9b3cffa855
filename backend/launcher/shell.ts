/** The command-line tools the backups run: tar, pg_dump, pg_restore, id. */
import { spawn } from "node:child_process"
import path from "node:path"

/** Runs a command and answers what it printed; rejects with its error output when it fails. */
export function output(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: env ?? process.env,
    })
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk) => (out += chunk))
    child.stderr.on("data", (chunk) => (err += chunk))
    child.once("error", reject)
    child.once("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(
            new Error(`${path.basename(command)} failed (${code}): ${err.trim() || out.trim()}`)
          )
    )
  })
}

/** Runs tar; exit codes in `okCodes` count as success (1: files changed while read). */
export function tar(args: string[], okCodes: number[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "pipe"] })
    let errors = ""
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.once("error", reject)
    child.once("exit", (code) =>
      okCodes.includes(code ?? -1)
        ? resolve()
        : reject(new Error(`tar ${args[0]} failed (${code}): ${errors.trim()}`))
    )
  })
}
