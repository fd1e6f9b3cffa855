import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBankTransferViews } from "../../../../workflows/bank-transfer"
import type { AdminBankTransferPaymentListResponse } from "../../../../types/http/payments"
import type { AdminBankTransferPaymentsParamsType } from "../validators"

/**
 * GET /admin/bank-transfer/payments: the orders paid by 对公转账, newest
 * first: by the reference on a transfer's 附言 (`?reference=`, exact; `?q=`
 * part of a code or an order number), by state (`?state=awaiting_transfer`
 * for 待到账 with the partly paid, `partially_received` 部分到账, `received`
 * 已到账, `canceled` 已取消) or by order (`?order_id=`). Each with its order and
 * buyer, amount due, received so far, deadline and receipts. Receipt is
 * confirmed with `POST /admin/bank-transfer/payments/:id/receipts`.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminBankTransferPaymentsParamsType>,
  res: MedusaResponse<AdminBankTransferPaymentListResponse>
) {
  const { limit, offset, ...filters } = req.validatedQuery
  const { payments, count } = await listBankTransferViews(req.scope, filters, { limit, offset })
  res.json({ payments, count, limit, offset })
}
