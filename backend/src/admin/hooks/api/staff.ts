/** A partner's farm accounts and invitations: GET/POST /admin/partners/:id/staff. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminFarmStaffBody,
  AdminFarmStaffInviteResponse,
  AdminFarmStaffResponse,
} from "../../../types/http"
import { getJson, postJson, queryKeysFactory } from "../../lib/client"
import type { MutationOptions, QueryOptions } from "./types"

export const staffQueryKeys = queryKeysFactory("partner-staff")

export const usePartnerStaff = (
  partnerId: string,
  options?: QueryOptions<AdminFarmStaffResponse>
) =>
  useQuery({
    queryKey: staffQueryKeys.detail(partnerId),
    queryFn: () => getJson<AdminFarmStaffResponse>(`/admin/partners/${partnerId}/staff`),
    ...options,
  })

export const useInvitePartnerStaff = (
  partnerId: string,
  options?: MutationOptions<AdminFarmStaffInviteResponse, AdminFarmStaffBody>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body: AdminFarmStaffBody) =>
      postJson<AdminFarmStaffInviteResponse>(`/admin/partners/${partnerId}/staff`, body),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: staffQueryKeys.detail(partnerId) })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
