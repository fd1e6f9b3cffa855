import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../types/http/payments"

/**
 * Medusa's own capture (`POST /admin/payments/:id/capture`, the order page's
 * 收取支付) is refused for a 对公转账 payment: its money is confirmed by
 * recording what arrived and from whom (确认到账,
 * `POST /admin/bank-transfer/payments/:id/receipts`), which captures the
 * payment once the receipts cover the amount due. So every paid transfer has
 * its receipts, with the payer's name, on record.
 */
export async function refuseBankTransferCapture(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const payments = await req.scope
    .resolve(Modules.PAYMENT)
    .listPayments({ id: req.params.id }, { select: ["id", "provider_id"] })
  if (payments[0]?.provider_id === BANK_TRANSFER_PROVIDER_ID) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "A bank transfer is captured by recording its receipts (amount and payer): " +
        `POST /admin/bank-transfer/payments/${req.params.id}/receipts. ` +
        "对公转账请在订单页的「对公转账」卡片中点击「确认到账」，登记到账金额和付款户名。"
    )
  }
  next()
}
