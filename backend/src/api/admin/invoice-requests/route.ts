import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../modules/invoice"
import type { InvoiceRequestListResponse } from "../../../types/http/invoice"
import { invoiceRequestDTO } from "../../../workflows/invoice"
import type { AdminInvoiceRequestsParamsType } from "./validators"

/** GET /admin/invoice-requests: the 发票 queue, oldest first (待开票 first to handle). */
export async function GET(
  req: AuthenticatedMedusaRequest & { validatedQuery: AdminInvoiceRequestsParamsType },
  res: MedusaResponse<InvoiceRequestListResponse>
) {
  const { limit, offset, q, ...filters } = req.validatedQuery
  const where: Record<string, unknown> = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined)
  )
  if (q) {
    const like = { $ilike: `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` }
    where.$or = [
      { title: like },
      { tax_id: like },
      { number: like },
      { order_id: q },
      { bulk_order_id: q },
    ]
  }
  const service = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [rows, count] = await service.listAndCountInvoiceRequests(where, {
    order: { created_at: "ASC" },
    take: limit,
    skip: offset,
  })
  res.json({ invoice_requests: rows.map(invoiceRequestDTO), count, offset, limit })
}
