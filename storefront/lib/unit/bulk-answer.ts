import { t } from "@/lib/messages"

/** Chinese text (the bulk-order routes answer Chinese messages; anything else is not shown). */
const CHINESE = /[\u4e00-\u9fff]/

/**
 * The Chinese message of a refused bulk-order request: the server's own when
 * it is Chinese (the unit scope, roles, upload limits), else one by status.
 */
export function bulkRefusal(status: number, body: unknown): string {
  if (status === 401) return t("bulk.errors.loginRequired")
  if (status === 413) return t("bulk.errors.fileTooLarge")
  const message =
    typeof body === "object" && body !== null && "message" in body ? String(body.message) : ""
  return CHINESE.test(message) ? message : t("bulk.errors.failed")
}

/**
 * A file the backend answered, passed on to the browser (template, error
 * file, 付款通知书), or its refusal as Chinese plain text with the status.
 */
export async function passFile(answer: Response): Promise<Response> {
  if (!answer.ok) {
    const body = await answer.json().catch(() => null)
    return new Response(bulkRefusal(answer.status, body), {
      status: [400, 401, 403, 404].includes(answer.status) ? answer.status : 502,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    })
  }
  return new Response(await answer.arrayBuffer(), {
    headers: {
      "content-type": answer.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": answer.headers.get("content-disposition") ?? "attachment",
      "cache-control": "no-store",
    },
  })
}
