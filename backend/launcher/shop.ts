/**
 * The steps that bring the shop up, shared by the command line (cli.ts) and
 * the browser tests: migrations, seed, Medusa and the storefront.
 */
import fs from "node:fs"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import { medusaCommand } from "./medusa-command"
import { run, start } from "./processes"
import { backendDir, bin, storefrontDir } from "./workspace"

export type Mode = "development" | "production"

export const serverDir = path.join(backendDir, ".medusa", "server")

/** Where Medusa runs from: the sources in development, the build in production. */
export function medusaDir(mode: Mode) {
  if (mode === "production" && !fs.existsSync(path.join(serverDir, "medusa-config.js"))) {
    throw new Error('No production build found: run "npm run build" first.')
  }
  return mode === "production" ? serverDir : backendDir
}

/** Applies Medusa's and the shop's migrations and syncs the module links. */
export async function migrate(mode: Mode, env: NodeJS.ProcessEnv) {
  await run("migrate", bin("medusa"), ["db:migrate"], { cwd: medusaDir(mode), env })
}

/** Runs the idempotent seed. */
export async function seed(mode: Mode, env: NodeJS.ProcessEnv) {
  const script =
    mode === "production" ? "./src/scripts/seed/index.js" : "./src/scripts/seed/index.ts"
  await run("seed", bin("medusa"), ["exec", script], { cwd: medusaDir(mode), env })
}

/** Builds Medusa (server and admin) into backend/.medusa/server. */
export async function buildBackend(env: NodeJS.ProcessEnv) {
  await run("build", bin("medusa"), ["build"], { cwd: backendDir, env })
}

/**
 * Medusa keeps uploaded files (product photos) in static/ under the folder it
 * runs from and serves them at /static. In production that is the build,
 * which the next `npm run build` deletes, so the build's static/ is made a
 * link to `persistent` (backend/static, where development keeps them too);
 * files already in the build's folder are moved there first.
 */
export function linkUploadsFolder(runDir: string, persistent: string) {
  const link = path.join(runDir, "static")
  fs.mkdirSync(persistent, { recursive: true })
  const existing = fs.lstatSync(link, { throwIfNoEntry: false })
  if (existing?.isSymbolicLink() && fs.realpathSync(link) === fs.realpathSync(persistent)) return
  if (existing?.isDirectory()) {
    fs.cpSync(link, persistent, { recursive: true, force: false })
    fs.rmSync(link, { recursive: true, force: true })
  } else if (existing) {
    fs.rmSync(link, { force: true })
  }
  fs.symlinkSync(persistent, link, "dir")
}

/** Starts Medusa (API and admin) on 127.0.0.1:port; in production with the shop's heap policy. */
export function startBackend(mode: Mode, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const command = mode === "production" ? "start" : "develop"
  if (mode === "production") linkUploadsFolder(serverDir, path.join(backendDir, "static"))
  const medusa = medusaCommand(env, mode)
  const args = [...medusa.args, command, "-H", "127.0.0.1", "-p", String(port)]
  return start("medusa", medusa.command, args, {
    cwd: medusaDir(mode),
    env,
  })
}

/**
 * `next start` (or `next dev`) on the loopback interface: its arguments and
 * environment. Next.js keeps a middleware rewrite inside the process only when
 * the target's origin is the one it was started with, and it writes every
 * loopback address as `localhost` (vercel/next.js#94745). Started with
 * `-H 127.0.0.1`, every page proxy.ts rewrites to its cached route was fetched
 * again over HTTP from the process itself, and behind nginx's TLS
 * (`X-Forwarded-Proto: https`) it answered 500. So the storefront is started as
 * `localhost`, which Node resolves to 127.0.0.1 first.
 */
export function storefrontProcess(
  command: "start" | "dev",
  port: number,
  env: NodeJS.ProcessEnv
): { args: string[]; env: NodeJS.ProcessEnv } {
  const nodeOptions = [env.NODE_OPTIONS, "--dns-result-order=ipv4first"].filter(Boolean)
  return {
    args: [command, "-H", "localhost", "-p", String(port)],
    env: { ...env, NODE_OPTIONS: nodeOptions.join(" ") },
  }
}

/** Starts the Next.js storefront on 127.0.0.1:port. */
export function startStorefront(mode: Mode, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const next = storefrontProcess(mode === "production" ? "start" : "dev", port, env)
  return start("storefront", bin("next"), next.args, { cwd: storefrontDir, env: next.env })
}
