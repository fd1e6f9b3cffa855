import { bulkOrderFile } from "@/lib/data/bulk-orders"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** GET /unit/bulk-orders/:id/payment-notice: the bulk order's 付款通知书 (PDF), for its unit's members. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return passFile(await bulkOrderFile(`${encodeURIComponent(id)}/payment-notice`))
}
