import type { RemittanceReason } from "../../types/http/remittances"

/** Why a credit cannot be applied to a reference, as a refused match answers it. */
export const REASON_MESSAGES: Record<RemittanceReason, string> = {
  no_reference: "No payment reference found in what was given (未识别到付款参考号)",
  unknown_reference: "No bank-transfer payment has this reference (参考号不存在)",
  several_references: "The references name different payments (多个参考号指向不同付款)",
  already_paid:
    "What this reference pays is already paid; nothing is captured twice (该笔付款已到账，不会重复入账)",
  canceled:
    "What this reference pays is cancelled; the money is to be paid back (订单已取消，款项需退回)",
}

/** The note written on the receipts a credit records. */
export const receiptNote = (creditId: string, serial: string | null) =>
  `汇款认领 ${creditId}${serial ? ` 流水号 ${serial}` : ""}`
