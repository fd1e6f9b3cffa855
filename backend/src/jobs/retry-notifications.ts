import type { MedusaContainer } from "@medusajs/framework/types"
import { retryDueNotifications } from "../workflows/notifications"

/**
 * Every five minutes: failed SMS and e-mail are sent again when their next
 * attempt is due (backoff 5 min, 15 min, 1 h, 4 h; five attempts in all),
 * through the channel's provider (backend/src/workflows/notifications/retry.ts).
 */
export default async function retryNotificationsJob(container: MedusaContainer) {
  await retryDueNotifications(container, new Date())
}

export const config = {
  name: "retry-notifications",
  schedule: "*/5 * * * *",
}
