import { postBulkOrderForm } from "@/lib/data/bulk-orders"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** POST /unit/bulk/error-file: the uploaded file back with a 错误 column (XLSX). */
export async function POST(request: Request) {
  return passFile(await postBulkOrderForm("/error-file", await request.formData()))
}
