import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  SEARCH_SUGGESTION_MODULE,
  type SearchSuggestionModuleService,
} from "../modules/search-suggestion"
import {
  allSuggestions,
  noneTouched,
  SUGGESTION_FORMAT,
  touchedSuggestions,
  type TouchedNames,
} from "./suggestion-source"
import { suggestionsWritten } from "./suggestions"

/**
 * The worker's side of the suggestion table (docs/search.md, "Suggestions"):
 * catalogue events are gathered for COALESCE_MS and written as one version
 * (only the names they touched), a burst of imports is a handful of writes;
 * the table is built whole when a category or more than WIDE products were
 * touched, when it never was, when SUGGESTION_FORMAT changed, after a failed
 * write, and once a day (the job).
 */
const COALESCE_MS = 150
const WHOLE_EVERY_MS = 24 * 3600_000
/**
 * More products than this in one burst, or any category (its products' family
 * names follow its name), and the table is built whole: a product's categories
 * are read from the categories' side only there (docs/search.md, "Speed").
 */
const WIDE = 200

let pending = noneTouched()
let timer: NodeJS.Timeout | null = null
let chain: Promise<void> = Promise.resolve()
let failed = false

const serviceOf = (container: MedusaContainer) =>
  container.resolve<SearchSuggestionModuleService>(SEARCH_SUGGESTION_MODULE)

async function buildWhole(container: MedusaContainer): Promise<void> {
  await serviceOf(container).replaceSuggestions(await allSuggestions(container), SUGGESTION_FORMAT)
}

/** Whether the table must be built whole: never built, another format, a failed write, or a day old. */
async function wholeDue(container: MedusaContainer): Promise<boolean> {
  if (failed) return true
  const build = await serviceOf(container).lastBuild()
  if (!build || build.format !== SUGGESTION_FORMAT) return true
  return Date.now() - build.built_at.getTime() > WHOLE_EVERY_MS
}

/** One write: what `touched` names, or the whole table when it is due. Never throws. */
async function write(container: MedusaContainer, touched?: TouchedNames): Promise<void> {
  try {
    const wide = !!touched && (touched.category.size > 0 || touched.product.size > WIDE)
    if (wide || (await wholeDue(container))) await buildWhole(container)
    else if (touched) {
      const { entries, removed } = await touchedSuggestions(container, touched)
      if (entries.length || removed.length) {
        await serviceOf(container).writeSuggestions(entries, removed)
      }
    }
    failed = false
    suggestionsWritten()
  } catch (error) {
    failed = true
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Search suggestions not written (the next write builds them whole): ${String(error)}`)
  }
}

/** Queues a name an event touched; the writes of a burst are gathered into one. */
export function queueSuggestion(
  container: MedusaContainer,
  kind: keyof TouchedNames,
  id: string | undefined
): void {
  if (!id) return
  pending[kind].add(id)
  timer ??= setTimeout(() => {
    timer = null
    const touched = pending
    pending = noneTouched()
    chain = chain.then(() => write(container, touched))
  }, COALESCE_MS)
}

/** The job's check: builds the table whole when due, after any write under way. */
export function buildSuggestionsIfDue(container: MedusaContainer): Promise<void> {
  chain = chain.then(() => write(container))
  return chain
}

/** Builds the table whole now (search:reindex, after synonyms.ts changed). Throws on failure. */
export async function buildSuggestionsWhole(container: MedusaContainer): Promise<void> {
  await chain
  await buildWhole(container)
  failed = false
}

/** Resolves when every write queued so far is done (tests, the job). */
export async function suggestionsSettled(): Promise<void> {
  while (timer) await new Promise((resolve) => setTimeout(resolve, COALESCE_MS))
  await chain
}
