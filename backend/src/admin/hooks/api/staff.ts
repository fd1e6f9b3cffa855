/** A partner's farm accounts and invitations: GET/POST /admin/partners/:id/staff. */
import type {
  AdminFarmStaffBody,
  AdminFarmStaffInviteResponse,
  AdminFarmStaffResponse,
} from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const staffQueryKeys = queryKeysFactory("partner-staff")

export const usePartnerStaff = (
  partnerId: string,
  options?: QueryOptions<AdminFarmStaffResponse>
) =>
  useGet(staffQueryKeys.detail(partnerId), `/admin/partners/${partnerId}/staff`, undefined, options)

export const useInvitePartnerStaff = (
  partnerId: string,
  options?: MutationOptions<AdminFarmStaffInviteResponse, AdminFarmStaffBody>
) =>
  useCacheMutation(
    (body: AdminFarmStaffBody) =>
      postJson<AdminFarmStaffInviteResponse>(`/admin/partners/${partnerId}/staff`, body),
    { invalidate: [staffQueryKeys.detail(partnerId)] },
    options
  )
