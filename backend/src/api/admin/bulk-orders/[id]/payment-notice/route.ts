import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPaymentNotice } from "../../../../../modules/bank-transfer/notice"
import { retrieveBulkOrder } from "../../../../../workflows/bulk-order"
import {
  BULK_NOTICE_MESSAGES as messages,
  paymentNoticeOfBulkOrder,
} from "../../../../../workflows/bulk-order/payment-notice"
import { sendPdf } from "../../../../utils/send-pdf"

/**
 * GET /admin/bulk-orders/:id/payment-notice: the same 付款通知书 (PDF) the
 * unit downloads, for the support team (e.g. to send it again); unknown id
 * 404, paid or canceled 400; a farm account 403 (farm-scope.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { view } = await retrieveBulkOrder(req.scope, req.params.id)
  const input = await paymentNoticeOfBulkOrder(req.scope, view)
  const pdf = await renderPaymentNotice(input)
  const name = messages.file_name.replace("{number}", input.number)
  sendPdf(res, pdf, `payment-notice-${input.number}.pdf`, name)
}
