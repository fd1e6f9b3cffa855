import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminNotificationDeliveriesParams } from "./validators"

/** 消息通知: the SMS and e-mail sent to people, masked, and 重试 of a failed one (support team). */
export const adminNotificationDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/notification-deliveries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminNotificationDeliveriesParams, {})],
  },
]
