/**
 * The order files start in. vitest hands the next file in this order to
 * whichever worker is free:
 * 1. files that need neither the HTTP databases nor the shop (unit tests,
 *    the launcher, the Stripe stand-in's contract), the longest first, while
 *    tests/setup/http-templates.ts makes those databases and
 *    tests/setup/browser-shop.ts builds and starts the shop;
 * 2. the largest sixth of the HTTP files (about as long as the shop takes to
 *    be built and started), then the production fault test (it waits for the
 *    backend's build);
 * 3. the browser files, one after each HTTP file: they take the shop one at a
 *    time (tests/fixtures/shop.ts), and a browser file lasts about a third of
 *    an HTTP file, so one worker stays on the shop while the others run HTTP
 *    files, and no browser file is left for the end, when a lone worker would
 *    run them one after the other. The files on the demo orders come last of
 *    them (the shop makes those orders after it has started), and the
 *    launcher files that copy those orders (tests/fixtures/demo-cluster.ts)
 *    come after the first of them;
 * 4. the rest of the HTTP files that boot an app of their own;
 * 5. the HTTP files that share their worker's app (project
 *    "integration-shared"), all together: vitest keeps a worker of theirs for
 *    the next file only when that file is one of them too. The shortest
 *    last, so that the workers end together.
 * Within each kind, the longest first: from the durations of the last run
 * when vitest has them, else by file size (BaseSequencer's order).
 */
import fs from "node:fs"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/** Files that boot no Medusa app on a copied database, and wait for no build. */
const OWN_SETUP = [/\/tests\/unit\//, /\/integration\/launcher\//, /\/stripe-stand-in-/]
// the production tests with their own processes (they wait for the backend's build)
const FAULTS = /\/integration\/production\/(faults|topology)\.test\.ts$/

type Kind = "own-setup" | "faults" | "http" | "shared" | "browser" | "demo-copy"

function kindOf(spec: TestSpecification): Kind {
  if (spec.project.name === "browser") return "browser"
  if (spec.project.name === "integration-shared") return "shared"
  if (FAULTS.test(spec.moduleId)) return "faults"
  if (/startDemoOrdersCluster\(/.test(fs.readFileSync(spec.moduleId, "utf8"))) return "demo-copy"
  if (OWN_SETUP.some((pattern) => pattern.test(spec.moduleId))) return "own-setup"
  return "http"
}

/**
 * A browser file that starts from the shop with its demo orders: it calls
 * `useShop({ demoOrders: true })`, or tests/fixtures/aid-dashboard.ts' `useAidDashboard`.
 */
function onDemoOrders(spec: TestSpecification) {
  return /demoOrders:\s*true|useAidDashboard\(/.test(fs.readFileSync(spec.moduleId, "utf8"))
}

export default class FileOrder extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    // BaseSequencer orders by project first; within a kind only its length order is kept
    const byLength = await super.sort(files)
    const of = (kind: Kind) => byLength.filter((spec) => kindOf(spec) === kind)
    const http = of("http")
    const browsers = of("browser")
    const browser = [
      ...browsers.filter((spec) => !onDemoOrders(spec)),
      ...browsers.filter(onDemoOrders),
    ]
    // without the browser files they seed their demo orders themselves, first
    const demoCopies = browser.length ? of("demo-copy") : []
    const ownSetup = browser.length ? of("own-setup") : [...of("demo-copy"), ...of("own-setup")]
    const first = Math.ceil(http.length / 6)
    const rest: TestSpecification[] = []
    let i = first
    for (const next of browser) {
      rest.push(next)
      if (onDemoOrders(next)) rest.push(...demoCopies.splice(0))
      if (i < http.length) rest.push(http[i++])
    }
    rest.push(...http.slice(i))
    return [...ownSetup, ...http.slice(0, first), ...of("faults"), ...rest, ...of("shared")]
  }
}
