/**
 * How the launcher runs Medusa's production processes (`medusa start`): with
 * Node's flags for the shop's heap policy (docs/production.md#memory).
 *
 * Under load V8 lets a process's heap grow up to four times what the last full
 * collection kept before it collects again, so a server that keeps about
 * 300 MiB was measured at 1.1 GiB resident after a few minutes of catalogue
 * reads and checkouts, without keeping any more. MEDUSA_HEAP_GROWTH (percent,
 * default 25) sets that factor instead (V8's `--heap-growing-percent`): the heap
 * grows at most that much above what the last full collection kept. It is no
 * limit: a process that needs more memory still gets it (unlike
 * `--max-old-space-size`, which stops the process when it is reached). 0 keeps
 * V8's own policy. The flag is V8's, not one Node accepts in NODE_OPTIONS, so
 * it goes on Node's command line ahead of Medusa's CLI.
 *
 * That policy collects the old generation more often, and with V8's default
 * young generation (16 MiB semi-spaces) a request's short-lived objects
 * (MikroORM's rows, the workflows' contexts) outlive the scavenges and reach
 * it: measured, a server with the policy alone spent 1.0-1.3 s of CPU per
 * checkout and placed 1.04 checkouts/s with 5 buyers, against 0.9-1.07 s and
 * 1.17/s with 32 MiB semi-spaces (docs/production.md#memory).
 * MEDUSA_SEMI_SPACE_MB (default 32) sets V8's `--max-semi-space-size`; 0
 * keeps V8's own.
 */
import { bin } from "./workspace"

export const DEFAULT_HEAP_GROWTH = 25
export const DEFAULT_SEMI_SPACE_MB = 32

/** A whole-number setting from 0 to `max`, its default when unset; `rule` names it in the error. */
function wholeSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
  rule: string
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be ${rule}; it is "${raw}".`)
  }
  return value
}

/** MEDUSA_HEAP_GROWTH as a whole percent (0 to 300); a clear error otherwise. */
export const heapGrowth = (env: NodeJS.ProcessEnv): number =>
  wholeSetting(
    env,
    "MEDUSA_HEAP_GROWTH",
    DEFAULT_HEAP_GROWTH,
    300,
    "a whole percent from 0 to 300 (0: V8's own policy)"
  )

/** MEDUSA_SEMI_SPACE_MB as whole MiB (0 to 256); a clear error otherwise. */
export const semiSpaceMiB = (env: NodeJS.ProcessEnv): number =>
  wholeSetting(
    env,
    "MEDUSA_SEMI_SPACE_MB",
    DEFAULT_SEMI_SPACE_MB,
    256,
    "a whole number of MiB from 0 to 256 (0: V8's own)"
  )

/** Node's flags for a production Medusa process. */
export function medusaNodeFlags(env: NodeJS.ProcessEnv): string[] {
  const growth = heapGrowth(env)
  const semiSpace = semiSpaceMiB(env)
  return [
    ...(growth > 0 ? [`--heap-growing-percent=${growth}`] : []),
    ...(semiSpace > 0 ? [`--max-semi-space-size=${semiSpace}`] : []),
  ]
}

/** The command and leading arguments that run Medusa's CLI (`medusa start` in production). */
export function medusaCommand(
  env: NodeJS.ProcessEnv,
  mode: "production" | "development" = "production"
): { command: string; args: string[] } {
  const flags = mode === "production" ? medusaNodeFlags(env) : []
  if (flags.length === 0) return { command: bin("medusa"), args: [] }
  return { command: process.execPath, args: [...flags, bin("medusa")] }
}
