import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { ConfiguredStoreSearch } from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { isPresent, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { chinaMonth } from "../../../shared/china-time"

/**
 * What Medusa's own `POST /store/search` does before it searches, kept the
 * same for the shop's handler (route.ts): only indexes `configureStoreSearch`
 * opts in (others answer 404 like a missing index), only retrievable
 * `fields`, and for products only published ones of the publishable key's
 * sales channels, ANDed with the caller's filters so they can narrow but
 * never widen. The shop's filters (`in_season`, `in_stock`) become the
 * index's own fields here.
 */
export type StoreSearchQuery = SearchTypes.SearchQuery & { filters?: SearchTypes.SearchFilters }

type Filters = Record<string, unknown>

const notFound = (entity: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `No search index named "${entity}"`)

export function searchModuleOf(req: MedusaStoreRequest): ISearchModuleService {
  const module = req.scope.resolve<ISearchModuleService | undefined>(Modules.SEARCH, {
    allowUnregistered: true,
  })
  if (!module) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Search Module is not installed")
  }
  return module
}

function productScope(index: SearchTypes.ResolvedSearchIndexDefinition, req: MedusaStoreRequest) {
  if (index.entity !== "product") return undefined
  const filters: Filters = {}
  if (index.fields.status?.filterable) filters.status = ProductStatus.PUBLISHED
  if (index.fields.sales_channel_ids?.filterable) {
    const channels = req.publishable_key_context?.sales_channel_ids ?? []
    if (!channels.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Publishable key needs to have a sales channel configured"
      )
    }
    filters.sales_channel_ids = channels
  }
  return filters
}

/** `in_season: true` → harvested this month in China; `in_stock: true` is the index's field. */
function shopFilters(filters: Filters | undefined): Filters | undefined {
  if (!filters || !("in_season" in filters)) return filters
  const { in_season: inSeason, ...rest } = filters
  if (inSeason !== true && inSeason !== false) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "filters.in_season must be true or false")
  }
  return inSeason ? { ...rest, harvest_months: chinaMonth() } : rest
}

/** ANDs the filters; `q` is lifted to the top, the only place the Search Module reads it. */
function merge(...all: (Filters | undefined)[]): Filters | undefined {
  const present = all.filter((f): f is Filters => isPresent(f))
  if (present.length < 2) return present[0]
  let q: unknown
  const branches: Filters[] = []
  for (const { q: text, ...rest } of present) {
    if (text !== undefined) q = text
    if (isPresent(rest)) branches.push(rest)
  }
  return {
    ...(isPresent(q) ? { q } : {}),
    ...(branches.length > 1 ? { $and: branches } : (branches[0] ?? {})),
  }
}

/** The query as the store may run it, or a 404/400 error. */
export async function scopeStoreQuery(
  req: MedusaStoreRequest & ConfiguredStoreSearch,
  search: ISearchModuleService,
  query: StoreSearchQuery
): Promise<StoreSearchQuery> {
  const config = req.storeSearchConfig?.allowed_indexes?.[query.entity]
  if (!config) throw notFound(query.entity)
  let index: SearchTypes.ResolvedSearchIndexDefinition
  try {
    index = search.getIndex(query.entity)
  } catch {
    throw notFound(query.entity)
  }
  if (query.fields) {
    const retrievable = new Set(search.listRetrievableFields(query.entity))
    const unknown = query.fields.filter((field) => !retrievable.has(field))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Search index "${query.entity}" can't return the fields: ${unknown.join(", ")}`
      )
    }
  }
  const configured = config === true ? undefined : await config.filters?.(req)
  const filters = merge(
    productScope(index, req),
    configured as Filters | undefined,
    shopFilters(query.filters as Filters | undefined)
  )
  return { ...query, filters: filters as SearchTypes.SearchFilters | undefined }
}
