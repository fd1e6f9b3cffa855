import { invoiceFile } from "@/lib/data/invoices"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** GET /account/orders/:id/invoices/:request: an invoice PDF of the buyer's order. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; request: string }> }
) {
  const { id, request } = await params
  return passFile(await invoiceFile({ order_id: id }, request))
}
