import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  SEARCH_SUGGESTION_MODULE,
  type SearchSuggestionModuleService,
  type StoredSuggestion,
} from "../modules/search-suggestion"
import { SuggestTable, type SuggestionEntry } from "./suggest-table"
import { allSuggestions } from "./suggestion-source"

/**
 * This process's copy of the suggestion table (docs/search.md,
 * "Suggestions"), read from the table the worker writes
 * (suggestion-writer.ts): loaded whole once, then at most every CHECK_MS
 * (and at once after a write in this process, in `shared` mode) the rows
 * written since the version it holds are patched in, without sorting the
 * table again. A lookup waits for a check under way, so a product the
 * worker took down is not suggested a moment later.
 *
 * Before the worker's first whole build (a new database), the copy is built
 * from the catalogue as a stopgap, again after an event here or MAX_AGE_MS.
 */
const CHECK_MS = 1_000
const MAX_AGE_MS = 60_000

let table: SuggestTable | null = null
let version = 0
let fromCatalogue = false
let checkedAt = 0
let catalogueAt = 0
let written = true
let refreshing: Promise<SuggestTable> | null = null

const idOf = (row: Pick<StoredSuggestion, "kind" | "source_id">) => `${row.kind}:${row.source_id}`

function entryOf(row: StoredSuggestion): SuggestionEntry {
  return {
    id: idOf(row),
    text: row.text,
    kind: row.kind,
    handle: row.handle,
    ...(row.sales_channel_ids ? { sales_channel_ids: row.sales_channel_ids } : {}),
    ...(row.family?.length ? { family: row.family } : {}),
    ...(row.pinyin ? { pinyin: row.pinyin } : {}),
  }
}

async function refresh(container: MedusaContainer): Promise<SuggestTable> {
  const service = container.resolve<SearchSuggestionModuleService>(SEARCH_SUGGESTION_MODULE)
  const event = written
  checkedAt = Date.now()
  written = false
  const latest = await service.latestVersion()
  const whole = !table || fromCatalogue || latest < version
  if (whole && !(await service.lastBuild())) {
    if (!table || event || checkedAt - catalogueAt > MAX_AGE_MS) {
      table = new SuggestTable((await allSuggestions(container)).map(entryOf))
      catalogueAt = checkedAt
    }
    fromCatalogue = true
    return table
  }
  fromCatalogue = false
  if (whole || !table) return await loadWhole(service)
  if (latest <= version) return table
  const rows = await service.changedSince(version)
  // A whole build's worth of changes is one sort, cheaper than a patch of as many keys.
  if (rows.length > table.live / 2) return await loadWhole(service)
  table = table.patched(new Map(rows.map((row) => [idOf(row), row.removed ? null : entryOf(row)])))
  version = Math.max(latest, ...rows.map((row) => row.version))
  // Replaced entries stay in a patched table: start afresh when they outnumber the live ones.
  if (table.entries.length > 2 * table.live + 1_000) return await loadWhole(service)
  return table
}

async function loadWhole(service: SearchSuggestionModuleService): Promise<SuggestTable> {
  const rows = await service.changedSince(0)
  table = new SuggestTable(rows.map(entryOf))
  version = rows.reduce((max, row) => Math.max(max, row.version), 0)
  return table
}

/** The current table, brought up to the suggestion table's last version. */
export async function suggestTable(container: MedusaContainer): Promise<SuggestTable> {
  if (table && !written && Date.now() - checkedAt < CHECK_MS) return table
  refreshing ??= refresh(container)
    .catch((error: unknown) => {
      if (!table) throw error
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Search suggestions not refreshed: ${String(error)}`)
      return table
    })
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

/** Called after this process wrote the suggestion table: the next lookup reads the change. */
export function suggestionsWritten(): void {
  written = true
}
