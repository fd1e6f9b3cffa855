import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The one notification channel the admin reads: its own feed (e.g. farms' low-stock alerts). */
export const ADMIN_NOTIFICATION_CHANNEL = "feed"

/**
 * Messages sent to buyers and staff by SMS or e-mail carry one-time codes and
 * password-reset links: they are for their recipient only. Medusa's admin
 * lists every notification with its data, so its list is narrowed to the
 * feed (after Medusa's own validation of the query: same matcher, core first)
 * and any other notification by id answers 404.
 */
function onlyFeed(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const filters = (req as MedusaRequest & { filterableFields?: Record<string, unknown> })
    .filterableFields
  if (filters) filters.channel = ADMIN_NOTIFICATION_CHANNEL
  next()
}

async function feedNotificationOnly(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const notification = await req.scope
    .resolve(Modules.NOTIFICATION)
    .retrieveNotification(req.params.id, { select: ["id", "channel"] })
    .catch(() => null) // an unknown id is left to Medusa's route (404)
  if (notification && notification.channel !== ADMIN_NOTIFICATION_CHANNEL) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Notification with id: ${req.params.id} was not found`
    )
  }
  next()
}

export const adminNotificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/notifications", methods: ["GET"], middlewares: [onlyFeed] },
  { matcher: "/admin/notifications/:id", methods: ["GET"], middlewares: [feedNotificationOnly] },
]
