import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { SYNONYMS, type SynonymGroup } from "../../search/synonyms"

/**
 * Relevance order: every word present first, then where it matched (a title
 * before synonyms, origin and details: the searchable attributes' order), then
 * typos, proximity, an explicit sort, exactness.
 */
export const RANKING_RULES = ["words", "attribute", "typo", "proximity", "sort", "exactness"]

/** Meilisearch's synonyms from the shop's list: each alias → the words it stands for (one-way). */
export function meilisearchSynonyms(groups: SynonymGroup[] = SYNONYMS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    for (const alias of group.aliases) {
      const words = new Set([...(synonyms[alias] ?? []), ...group.words])
      words.delete(alias)
      if (words.size) synonyms[alias] = [...words]
    }
  }
  return synonyms
}

const weightOf = (field: SearchTypes.SearchFieldDefinition): number =>
  typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1

/**
 * The index settings for a definition: searchable attributes by falling
 * weight, filterable ones (filters and facets), sortable ones, the fields a
 * hit may return, synonyms, typo tolerance and Chinese (`cmn`) for the text
 * fields. `settings.provider_options.meilisearch` overrides any of them.
 */
export function indexSettings(
  index: SearchTypes.ResolvedSearchIndexDefinition,
  groups: SynonymGroup[] = SYNONYMS
): Settings {
  const fields = Object.entries(index.fields)
  const searchable = fields
    .filter(([, field]) => field.searchable)
    .sort(([, a], [, b]) => weightOf(b) - weightOf(a))
    .map(([name]) => name)
  const typo = index.settings.typo_tolerance ?? {}
  const settings: Settings = {
    searchableAttributes: searchable,
    filterableAttributes: fields
      .filter(([, field]) => field.filterable || field.facetable)
      .map(([name]) => name),
    sortableAttributes: fields.filter(([, field]) => field.sortable).map(([name]) => name),
    displayedAttributes: fields
      .filter(([, field]) => field.retrievable !== false && field.type !== "vector")
      .map(([name]) => name),
    rankingRules: RANKING_RULES,
    synonyms: meilisearchSynonyms(groups),
    // Off unless the definition turns it on: Medusa's typo tolerance is a per-query
    // opt-in (`search_options.typo_tolerance`), which Meilisearch cannot switch per
    // query, and the shop's own fuzzy step corrects spelling (docs/search.md).
    typoTolerance: {
      enabled: typo.enabled ?? false,
      minWordSizeForTypos: {
        oneTypo: typo.min_word_size_for_one_typo ?? 5,
        twoTypos: typo.min_word_size_for_two_typos ?? 9,
      },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    localizedAttributes: searchable.length
      ? [{ attributePatterns: searchable, locales: ["cmn"] }]
      : null,
    distinctAttribute: index.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 100 },
  }
  const overrides = index.settings.provider_options?.meilisearch as Settings | undefined
  return { ...settings, ...overrides }
}
