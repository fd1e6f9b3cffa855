/** Towns (镇) and their villages: GET/POST /admin/towns and /admin/towns/:id. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminTownBody,
  AdminTownCreateResponse,
  AdminTownListParams,
  AdminTownListResponse,
  AdminTownResponse,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import { partnersQueryKeys } from "./partners"
import type { MutationOptions, QueryOptions } from "./types"

export const townsQueryKeys = queryKeysFactory("towns")

export const useTowns = (
  query: AdminTownListParams = {},
  options?: QueryOptions<AdminTownListResponse>
) =>
  useQuery({
    queryKey: townsQueryKeys.list(query),
    queryFn: () => getJson<AdminTownListResponse>("/admin/towns", query),
    ...options,
  })

export const useTown = (id: string, options?: QueryOptions<AdminTownResponse>) =>
  useQuery({
    queryKey: townsQueryKeys.detail(id),
    queryFn: () => getJson<AdminTownResponse>(`/admin/towns/${id}`),
    enabled: !!id,
    ...options,
  })

export const useCreateTown = (
  options?: MutationOptions<AdminTownCreateResponse, AdminTownBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminTownBody) => postJson<AdminTownCreateResponse>("/admin/towns", body),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: townsQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Saves a town; partners show their town's name, so they are refreshed too. */
export const useUpdateTown = (
  id: string,
  options?: MutationOptions<AdminTownResponse, Partial<AdminTownBody>>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: Partial<AdminTownBody>) =>
      postJson<AdminTownResponse>(`/admin/towns/${id}`, body),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(townsQueryKeys.detail(id), data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: townsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: partnersQueryKeys.all }),
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
