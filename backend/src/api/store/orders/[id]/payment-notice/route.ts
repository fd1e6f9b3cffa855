import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPaymentNotice } from "../../../../../modules/bank-transfer/notice"
import { sendPdf } from "../../../../utils/send-pdf"
import { paymentNoticeOfOrder } from "./notice-input"
import messages from "./zh-CN.json"

/**
 * GET /store/orders/:id/payment-notice: the 付款通知书 (PDF) of a 对公转账
 * order awaiting its transfer, for its buyer only: the order-access guard
 * answers 404 to anyone but the order's customer, the placing browser's order
 * token or a guest's lookup token (docs/order-privacy.md). An order without a
 * bank transfer is a 404, a paid or canceled one a 400.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const input = await paymentNoticeOfOrder(req.scope, req.params.id)
  const pdf = await renderPaymentNotice(input)
  const name = messages.file_name.replace("{number}", input.number)
  sendPdf(res, pdf, `payment-notice-${input.number}.pdf`, name)
}
