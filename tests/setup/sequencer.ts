/**
 * The order files start in. vitest hands the next file in this order to
 * whichever worker is free:
 * 1. files that need neither the HTTP databases nor the shop (unit tests,
 *    the launcher, the Stripe stand-in's contract), the longest first, while
 *    tests/setup/http-templates.ts makes those databases and
 *    tests/setup/browser-shop.ts builds and starts the shop;
 * 2. the HTTP files, largest first, with the production fault test (it waits
 *    for the build) after the first third of them, and from there the browser
 *    files interleaved, one every two HTTP files: the browser files take the
 *    shop one at a time (tests/fixtures/shop.ts), so one of them running and
 *    the next one waiting keeps the shop busy while the other workers run
 *    HTTP files.
 * Within each kind, the longest first: from the durations of the last run
 * when vitest has them, else by file size (BaseSequencer's order).
 */
import { BaseSequencer, type TestSpecification } from "vitest/node"

/** Files that boot no Medusa app on a copied database, and wait for no build. */
const OWN_SETUP = [/\/tests\/unit\//, /\/integration\/launcher\//, /\/stripe-stand-in-/]
const FAULTS = /\/integration\/production\/faults\.test\.ts$/

type Kind = "own-setup" | "faults" | "http" | "browser"

function kindOf(spec: TestSpecification): Kind {
  if (spec.project.name === "browser") return "browser"
  if (FAULTS.test(spec.moduleId)) return "faults"
  if (OWN_SETUP.some((pattern) => pattern.test(spec.moduleId))) return "own-setup"
  return "http"
}

export default class FileOrder extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    // BaseSequencer orders by project first; within a kind only its length order is kept
    const byLength = await super.sort(files)
    const of = (kind: Kind) => byLength.filter((spec) => kindOf(spec) === kind)
    const http = of("http")
    const browser = of("browser")
    const third = Math.ceil(http.length / 3)
    const rest: TestSpecification[] = []
    for (let i = third; i < http.length || browser.length; i += 2) {
      const next = browser.shift()
      if (next) rest.push(next)
      rest.push(...http.slice(i, i + 2))
    }
    return [...of("own-setup"), ...http.slice(0, third), ...of("faults"), ...rest]
  }
}
