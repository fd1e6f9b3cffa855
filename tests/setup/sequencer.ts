/**
 * The order files start in. Within a group vitest hands the next file in this
 * order to whichever worker is free, so the longest files go first (as the
 * default sequencer does: from the durations of the last run when vitest has
 * them, else by file size), except that files which do not wait for the run's
 * HTTP databases go before those that do, filling the first half minute while
 * tests/setup/http-templates.ts makes them.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node"

/** Files that boot no Medusa app on a copied database. */
const OWN_SETUP = [/\/tests\/unit\//, /\/integration\/launcher\//, /\/stripe-stand-in-/]

const waitsForTemplates = (spec: TestSpecification) =>
  spec.project.name === "integration" && !OWN_SETUP.some((pattern) => pattern.test(spec.moduleId))

export default class FileOrder extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    return [
      ...sorted.filter((spec) => !waitsForTemplates(spec)),
      ...sorted.filter(waitsForTemplates),
    ]
  }
}
