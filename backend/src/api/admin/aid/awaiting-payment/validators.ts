import { z } from "@medusajs/framework/zod"

/** GET /admin/aid/awaiting-payment takes no parameters. */
export const AdminAidAwaitingPaymentParams = z.object({}).strict()
export type AdminAidAwaitingPaymentParamsType = z.infer<typeof AdminAidAwaitingPaymentParams>
