import { invoiceFile } from "@/lib/data/invoices"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** GET /unit/invoices/:id: one of the unit's invoice PDFs (管理员 and 财务). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return passFile(await invoiceFile({ unit: true }, id))
}
