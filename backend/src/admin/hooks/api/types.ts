import type { QueryKey, UseMutationOptions, UseQueryOptions } from "@tanstack/react-query"
import type { FetchError } from "../../lib/client"

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
