import type { z } from "@medusajs/framework/zod"
import { invoiceRequestSchema } from "../../../../../shared/invoice"

/** POST /store/orders/:id/invoice-requests: the order is the path's. */
export const StoreCreateOrderInvoiceRequest = invoiceRequestSchema
export type StoreCreateOrderInvoiceRequestType = z.infer<typeof StoreCreateOrderInvoiceRequest>
