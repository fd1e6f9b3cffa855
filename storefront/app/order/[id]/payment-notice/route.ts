import { paymentNoticeOf } from "@/lib/data/payment-notice"

export const dynamic = "force-dynamic"

/**
 * GET /order/:id/payment-notice: the order's 付款通知书 (PDF), downloaded
 * through the storefront so the backend sees this visitor's order access.
 * Refusals keep the backend's status and (Chinese) message.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const answer = await paymentNoticeOf(id)
  if (!answer.ok) {
    const body = (await answer.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? "付款通知书暂时无法下载，请稍后再试", {
      status: answer.status === 404 || answer.status === 400 ? answer.status : 502,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    })
  }
  return new Response(await answer.arrayBuffer(), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": answer.headers.get("content-disposition") ?? "attachment",
      "cache-control": "no-store",
    },
  })
}
