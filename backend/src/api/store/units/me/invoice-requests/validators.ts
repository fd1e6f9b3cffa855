import { z } from "@medusajs/framework/zod"
import {
  checkSpecialInvoice,
  invoiceRequestFields,
  invoiceStatusFilter,
} from "../../../../../shared/invoice"

const id = z.string().trim().min(1).max(100)

/**
 * POST /store/units/me/invoice-requests: a 发票 of one of the unit's orders
 * or bulk orders (exactly one of `order_id`, `bulk_order_id`).
 */
export const StoreCreateUnitInvoiceRequest = invoiceRequestFields
  .extend({ order_id: id.optional(), bulk_order_id: id.optional() })
  .strict()
  .superRefine(checkSpecialInvoice)
  .refine((body) => Boolean(body.order_id) !== Boolean(body.bulk_order_id), {
    message: "请指定一个订单（order_id）或一个批量订单（bulk_order_id）",
    path: ["order_id"],
  })
export type StoreCreateUnitInvoiceRequestType = z.infer<typeof StoreCreateUnitInvoiceRequest>

export const StoreUnitInvoiceRequestsParams = z
  .object({
    status: invoiceStatusFilter.optional(),
    order_id: id.optional(),
    bulk_order_id: id.optional(),
  })
  .strict()
export type StoreUnitInvoiceRequestsParamsType = z.infer<typeof StoreUnitInvoiceRequestsParams>
