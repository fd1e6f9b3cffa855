/** Towns (镇) and their villages: GET/POST /admin/towns and /admin/towns/:id. */
import type * as Http from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { partnersQueryKeys } from "./partners"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const townsQueryKeys = queryKeysFactory("towns")

export const useTowns = (
  query: Http.AdminTownListParams = {},
  options?: QueryOptions<Http.AdminTownListResponse>
) => useGet(townsQueryKeys.list(query), "/admin/towns", query, options)

export const useTown = (id: string, options?: QueryOptions<Http.AdminTownResponse>) =>
  useGet(townsQueryKeys.detail(id), `/admin/towns/${id}`, undefined, { enabled: !!id, ...options })

export const useCreateTown = (
  options?: MutationOptions<Http.AdminTownCreateResponse, Http.AdminTownBody>
) =>
  useCacheMutation(
    (body: Http.AdminTownBody) => postJson<Http.AdminTownCreateResponse>("/admin/towns", body),
    { invalidate: [townsQueryKeys.all] },
    options
  )

/** Saves a town; partners show their town's name, so they are refreshed too. */
export const useUpdateTown = (
  id: string,
  options?: MutationOptions<Http.AdminTownResponse, Partial<Http.AdminTownBody>>
) =>
  useCacheMutation(
    (body: Partial<Http.AdminTownBody>) =>
      postJson<Http.AdminTownResponse>(`/admin/towns/${id}`, body),
    {
      set: (data) => [[townsQueryKeys.detail(id), data]],
      invalidate: [townsQueryKeys.lists(), partnersQueryKeys.all],
    },
    options
  )
