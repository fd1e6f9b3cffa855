import { myStatementFile } from "@/lib/data/unit-reports"
import { passFile } from "@/lib/unit/bulk-answer"

export const dynamic = "force-dynamic"

/** GET /unit/report/statements/:id/pdf|xlsx: one of the unit's statements, for its members. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; format: string }> }
) {
  const { id, format } = await params
  if (format !== "pdf" && format !== "xlsx") return new Response("Not found", { status: 404 })
  return passFile(await myStatementFile(id, format))
}
