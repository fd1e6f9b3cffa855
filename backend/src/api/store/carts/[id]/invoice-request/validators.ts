import { z } from "@medusajs/framework/zod"
import { checkoutInvoiceSchema } from "../../../../../shared/invoice"

/** POST /store/carts/:id/invoice-request: the 发票 to request once the order is paid, or null for none. */
export const StoreCartInvoiceRequest = z
  .object({ invoice_request: checkoutInvoiceSchema.nullable() })
  .strict()
export type StoreCartInvoiceRequestType = z.infer<typeof StoreCartInvoiceRequest>
