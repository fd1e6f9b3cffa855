import { bulkOrderFile } from "@/lib/data/bulk-orders"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** GET /unit/bulk/template: the 批量下单 template (XLSX) for the signed-in member's unit. */
export async function GET() {
  return passFile(await bulkOrderFile("template"))
}
