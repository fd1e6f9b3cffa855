import { z } from "@medusajs/framework/zod"
import { invoiceStatusFilter, issueInvoiceSchema } from "../../../shared/invoice"
import { pageParams } from "../../utils/validators"

/** The support team's 发票 queue: by status, order or bulk order, a page at a time (oldest first). */
export const AdminInvoiceRequestsParams = z
  .object({
    status: invoiceStatusFilter.optional(),
    order_id: z.string().trim().min(1).max(100).optional(),
    bulk_order_id: z.string().trim().min(1).max(100).optional(),
    unit_id: z.string().trim().min(1).max(100).optional(),
    /** 抬头, 税号, invoice number (part of), or an order's or bulk order's id */
    q: z.string().trim().min(1).max(80).optional(),
    ...pageParams(200, 50),
  })
  .strict()
export type AdminInvoiceRequestsParamsType = z.infer<typeof AdminInvoiceRequestsParams>

export const AdminIssueInvoice = issueInvoiceSchema
export type AdminIssueInvoiceType = z.infer<typeof AdminIssueInvoice>
