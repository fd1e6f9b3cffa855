import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import SearchSuggestion from "./models/search-suggestion"
import type {
  SearchSuggestionRepository,
  StoredSuggestion,
  SuggestionChange,
  SuggestionKindName,
} from "./repositories/search-suggestion"

/**
 * The suggestion table (docs/search.md, "Suggestions"): written by the
 * worker (backend/src/subscribers/search-suggestions.ts and the job
 * backend/src/jobs/search-suggestions.ts), read by every server, which keeps
 * it in memory and asks only for what changed since the version it holds.
 */
class SearchSuggestionModuleService extends MedusaService({ SearchSuggestion }) {
  protected readonly rows_: SearchSuggestionRepository

  constructor(container: { searchSuggestionRepository: SearchSuggestionRepository }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.rows_ = container.searchSuggestionRepository
  }

  /** Writes some names (an event's), removing others, as one version. */
  @InjectTransactionManager()
  async writeSuggestions(
    entries: StoredSuggestion[],
    removed: { kind: SuggestionKindName; source_id: string }[],
    @MedusaContext() context: Context = {}
  ): Promise<number> {
    return await this.rows_.write({ entries, removed }, context)
  }

  /** Replaces the whole table with `entries` (rows not among them are removed). */
  @InjectTransactionManager()
  async replaceSuggestions(
    entries: StoredSuggestion[],
    format: string,
    @MedusaContext() context: Context = {}
  ): Promise<number> {
    return await this.rows_.write({ entries, removed: [], whole: { format } }, context)
  }

  @InjectManager()
  async changedSince(
    version: number,
    @MedusaContext() context: Context = {}
  ): Promise<SuggestionChange[]> {
    return await this.rows_.changedSince(version, context)
  }

  @InjectManager()
  async latestVersion(@MedusaContext() context: Context = {}): Promise<number> {
    return await this.rows_.latestVersion(context)
  }

  @InjectManager()
  async lastBuild(@MedusaContext() context: Context = {}) {
    return await this.rows_.lastBuild(context)
  }
}

export default SearchSuggestionModuleService
