import type { MedusaResponse } from "@medusajs/framework/http"
import { renderPaymentNotice } from "../../../../../../../modules/bank-transfer/notice"
import { retrieveBulkOrder } from "../../../../../../../workflows/bulk-order"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"
import {
  BULK_NOTICE_MESSAGES as messages,
  paymentNoticeOfBulkOrder,
} from "../../../../../../../workflows/bulk-order/payment-notice"
import { sendPdf } from "../../../../../../utils/send-pdf"

/**
 * GET /store/units/me/bulk-orders/:id/payment-notice: the 付款通知书 (PDF) of
 * one of the unit's bulk orders awaiting its transfer, for every member (财务
 * included); another unit's: 404; paid or canceled: 400.
 */
export async function GET(req: UnitRequest, res: MedusaResponse) {
  const membership = membershipOf(req)
  const { view } = await retrieveBulkOrder(req.scope, req.params.id, {
    unit_id: membership.unit_id,
  })
  const input = await paymentNoticeOfBulkOrder(req.scope, view)
  const pdf = await renderPaymentNotice(input)
  const name = messages.file_name.replace("{number}", input.number)
  sendPdf(res, pdf, `payment-notice-${input.number}.pdf`, name)
}
