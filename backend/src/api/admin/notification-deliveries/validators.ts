import { z } from "@medusajs/framework/zod"
import { DELIVERY_CHANNEL_FILTERS, DELIVERY_STATUSES } from "../../../types/http/notifications"

/** GET /admin/notification-deliveries: by channel, status, order (resource id); newest first. */
export const AdminNotificationDeliveriesParams = z
  .object({
    channel: z.enum(DELIVERY_CHANNEL_FILTERS).optional(),
    status: z.enum(DELIVERY_STATUSES).optional(),
    resource_id: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[A-Za-z0-9_]+$/, "resource_id is not an id")
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminNotificationDeliveriesParamsType = z.infer<
  typeof AdminNotificationDeliveriesParams
>
