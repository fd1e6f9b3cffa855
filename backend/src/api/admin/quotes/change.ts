import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { AdminQuote } from "../../../types/http/quote"
import {
  changeQuoteWorkflow,
  quoteRecord,
  retrieveQuoteForAdmin,
  type AdminQuoteChangeInput,
} from "../../../workflows/quote"

type Change = AdminQuoteChangeInput["change"]
/** A change as a route names it: the quote and who changes it come from the request. */
type RouteChange = Change extends infer C ? (C extends Change ? Omit<C, "id" | "by"> : never) : never

/** Runs a change of the support team on the quote of the path and answers the quote as it is now. */
export async function changeQuote(
  req: AuthenticatedMedusaRequest,
  change: RouteChange
): Promise<AdminQuote> {
  const id = req.params.id
  const record = await quoteRecord(req.scope, id)
  await changeQuoteWorkflow(req.scope).run({
    input: {
      unit_id: record.unit_id,
      change: { ...change, id, by: req.auth_context.actor_id } as Change,
    },
  })
  return retrieveQuoteForAdmin(req.scope, id)
}
