import {
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { type FetchError, getJson, queryKeysFactory } from "../../lib/client"

/** Options a query hook passes through (everything but its key and fetcher). */
export type QueryOptions<TData> = Omit<
  UseQueryOptions<TData, FetchError, TData, QueryKey>,
  "queryKey" | "queryFn"
>

/** Options a mutation hook passes through; its own `onSuccess` runs after the cache is refreshed. */
export type MutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, FetchError, TVariables>,
  "mutationFn"
>

/** GET `path` with `query` under `queryKey`. */
export const useGet = <TData>(
  queryKey: QueryKey,
  path: string,
  query?: object,
  options?: QueryOptions<TData>
) => useQuery({ queryKey, queryFn: () => getJson<TData>(path, query), ...options })

/** How a mutation refreshes the cache: data written at once, then keys refetched. */
type CacheUpdate<TData> = {
  set?: (data: TData) => [QueryKey, unknown][]
  invalidate: QueryKey[]
}

/** A mutation that updates the cache, then runs the caller's `onSuccess`. */
export const useCacheMutation = <TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  cache: CacheUpdate<TData>,
  options?: MutationOptions<TData, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      for (const [queryKey, value] of cache.set?.(data) ?? []) {
        queryClient.setQueryData(queryKey, value)
      }
      await Promise.all(
        cache.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/**
 * The query keys and the list and detail hooks of a resource at `path`
 * (GET `path` with a query, GET `path/:id`).
 */
export const resourceQueries = <TListQuery extends object, TList, TDetail>(
  resource: string,
  path: string
) => {
  const keys = queryKeysFactory(resource)
  return {
    keys,
    useList: (query: TListQuery, options?: QueryOptions<TList>) =>
      useGet(keys.list(query), path, query, options),
    useDetail: (id: string, options?: QueryOptions<TDetail>) =>
      useGet(keys.detail(id), `${path}/${id}`, undefined, { enabled: !!id, ...options }),
  }
}
