/**
 * Which HTTP test files share their worker's app (the vitest project
 * "integration-shared", tests/fixtures/http.ts' shared mode): those that start
 * with `shopSuite((…) => …)`, the seeded shop with the default environment,
 * or with an environment that changes nothing in this run's (below), maybe
 * with variables the app reads per request (`requestEnv`: set for the file's
 * tests and put back after them), and
 * change nothing of the process a next file would inherit (no `vi.` mocks or
 * spies, no writes to `process.env`). Every other integration file boots an
 * app of its own, in a process of its own.
 */
import fs from "node:fs"
import path from "node:path"

/** The prefix of the workers' databases (tests/fixtures/shared-app.ts), for the run's teardown to drop. */
export const SHARED_DATABASE_PREFIX = "medusa-shared-"

const DEFAULT_SUITE = /\bshopSuite\(\s*\(/

/**
 * The fixtures' environments that only clear variables
 * (tests/fixtures/bank-transfer.ts' WITHOUT_STRIPE: no Stripe, whatever the
 * developer's shell has): the default environment where those are not set.
 */
const CLEARING_ENVS: Record<string, string[]> = { WITHOUT_STRIPE: ["STRIPE_API_KEY"] }

/** `shopSuite({ requestEnv: NAME }, (…) => …)`: the default environment, with variables read per request. */
const REQUEST_ENV_ONLY = /\bshopSuite\(\s*\{\s*requestEnv:\s*[A-Z_]+\s*\},\s*\(/

function defaultEnvironment(source: string): boolean {
  if (DEFAULT_SUITE.test(source) || REQUEST_ENV_ONLY.test(source)) return true
  const env = source.match(
    /\bshopSuite\(\s*\{\s*env:\s*([A-Z_]+)\s*(?:,\s*requestEnv:\s*[A-Z_]+\s*)?\},\s*\(/
  )?.[1]
  const cleared = env ? CLEARING_ENVS[env] : undefined
  return Boolean(cleared?.every((name) => !process.env[name]))
}
const PROCESS_CHANGES = [
  /\bvi\./,
  /process\.env\.[A-Za-z_]+\s*=[^=]/,
  /process\.env\[/,
  /Object\.assign\(process\.env/,
  /delete process\.env/,
]

export function sharesApp(file: string): boolean {
  const source = fs.readFileSync(file, "utf8")
  const suites = source.match(/\bshopSuite\(/g)?.length ?? 0
  return (
    suites === 1 &&
    defaultEnvironment(source) &&
    !PROCESS_CHANGES.some((change) => change.test(source))
  )
}

/** The integration files that share an app, relative to `root`. */
export function sharedAppFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".test.ts") && sharesApp(full))
        found.push(path.relative(root, full))
    }
  }
  walk(path.join(root, "tests/integration"))
  return found.sort()
}
