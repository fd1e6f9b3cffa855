import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  recordBankTransferReceiptWorkflow,
  retrieveBankTransferView,
} from "../../../../../../workflows/bank-transfer"
import type { AdminBankTransferReceiptResponse } from "../../../../../../types/http/payments"
import { type AdminBankTransferReceiptBodyType, isEntityId } from "../../../validators"

/**
 * POST /admin/bank-transfer/payments/:id/receipts: 确认到账. Records the
 * amount received and the payer's account name (户名), optionally the day and
 * a note; when the receipts cover the amount due the payment is captured
 * (the order is paid). Answers the payment as the list shows it, with
 * `receipt` (the one recorded: `outcome` partial, paid or overpaid).
 * 400 (with the reason) on a payment already received or cancelled.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminBankTransferReceiptBodyType>,
  res: MedusaResponse<AdminBankTransferReceiptResponse>
) {
  const id = req.params.id
  if (!isEntityId(id))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment id is not valid")
  const body = req.validatedBody
  const { result } = await recordBankTransferReceiptWorkflow(req.scope).run({
    input: {
      payment_id: id,
      amount: body.amount,
      payer_name: body.payer_name,
      received_on: body.received_on ?? null,
      note: body.note || null,
      recorded_by: req.auth_context?.actor_id ?? null,
    },
  })
  const payment = await retrieveBankTransferView(req.scope, id)
  res.status(200).json({
    payment,
    receipt: payment?.receipts.find((r) => r.id === result.receipt_id) ?? null,
  })
}
