import { model } from "@medusajs/framework/utils"
import { RECEIPT_OUTCOMES } from "../../../types/http/payments"

/**
 * 到账记录: money the support team saw arrive for a payment (today a 对公转账
 * order's payment), with the payer's account name as the bank statement shows
 * it (户名), the day it arrived and who recorded it. Receipts are never
 * edited; when they cover the amount due, the payment is captured.
 */
const RemittanceReceipt = model
  .define("remittance_receipt", {
    id: model.id({ prefix: "rcpt" }).primaryKey(),
    payment_id: model.text(),
    order_id: model.text().nullable(),
    /** decimal yuan, exact to the fen */
    amount: model.bigNumber(),
    currency_code: model.text(),
    /** 户名 on the bank statement */
    payer_name: model.text(),
    /** China-time day the money arrived, YYYY-MM-DD (null: not given) */
    received_on: model.text().nullable(),
    note: model.text().nullable(),
    /** the user who recorded it */
    recorded_by: model.text().nullable(),
    /** what the receipt did to its payment (see ../standing.ts) */
    outcome: model.enum([...RECEIPT_OUTCOMES]),
  })
  .indexes([{ on: ["payment_id"] }, { on: ["order_id"] }])

export default RemittanceReceipt
