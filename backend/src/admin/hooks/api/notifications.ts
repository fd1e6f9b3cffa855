/** 消息通知: GET /admin/notification-deliveries and POST …/:id/retry (重试). */
import type {
  AdminNotificationDeliveryListResponse,
  AdminNotificationRetryResponse,
  DeliveryChannel,
  DeliveryStatus,
} from "../../../types/http"
import { postJson, queryKeysFactory } from "../../lib/client"
import { type MutationOptions, type QueryOptions, useCacheMutation, useGet } from "./base"

export const notificationDeliveriesQueryKeys = queryKeysFactory("notification-deliveries")

export type NotificationDeliveriesQuery = {
  channel?: DeliveryChannel
  status?: DeliveryStatus
  limit: number
  offset: number
}

export const useNotificationDeliveries = (
  query: NotificationDeliveriesQuery,
  options?: QueryOptions<AdminNotificationDeliveryListResponse>
) =>
  useGet(
    notificationDeliveriesQueryKeys.list(query),
    "/admin/notification-deliveries",
    query,
    options
  )

export const useRetryNotification = (
  options?: MutationOptions<AdminNotificationRetryResponse, string>
) =>
  useCacheMutation(
    (id: string) =>
      postJson<AdminNotificationRetryResponse>(`/admin/notification-deliveries/${id}/retry`, {}),
    { invalidate: [notificationDeliveriesQueryKeys.all] },
    options
  )
