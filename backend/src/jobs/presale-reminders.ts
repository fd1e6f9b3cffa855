import type { MedusaContainer } from "@medusajs/framework/types"
import { sendPresaleReminders } from "../workflows/notifications"

/**
 * Every day at 10:00 China time (02:00 UTC): buyers of a pre-sale product
 * that ships tomorrow are told, once per order and date
 * (backend/src/workflows/notifications/presale-notices.ts).
 */
export default async function presaleRemindersJob(container: MedusaContainer) {
  await sendPresaleReminders(container, new Date())
}

export const config = {
  name: "presale-reminders",
  schedule: "0 2 * * *",
}
