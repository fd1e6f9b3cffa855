import { model } from "@medusajs/framework/utils"
import {
  REMITTANCE_REASONS,
  REMITTANCE_SOURCES,
  REMITTANCE_STATUSES,
} from "../../../types/http/remittances"

/**
 * 汇款 (a bank credit) as the bank statement shows it: amount, payer (对方户名,
 * 对方账号, bank), day, 流水号 and 摘要/附言, recorded by hand or imported from a
 * statement. Matched by the reference in its 附言 to what it pays (see
 * ../planner.ts); a matched credit's captures are receipts (./receipt.ts) on
 * the payments. A 流水号 is recorded once: the same bank serial is never
 * applied twice.
 */
const RemittanceCredit = model
  .define("remittance_credit", {
    id: model.id({ prefix: "rmt" }).primaryKey(),
    /** decimal yuan, exact to the fen */
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    /** 对方户名 */
    payer_name: model.text(),
    /** 对方账号 */
    payer_account: model.text().nullable(),
    /** 对方开户行 */
    bank: model.text().nullable(),
    /** China-time day the money arrived, YYYY-MM-DD */
    paid_on: model.text(),
    /** the instant, when known */
    paid_at: model.dateTime().nullable(),
    /** 流水号 (unique when present) */
    bank_serial: model.text().nullable(),
    /** 摘要/附言 */
    remark: model.text().nullable(),
    source: model.enum([...REMITTANCE_SOURCES]),
    /** the import batch (`rimp_…`) and the row in its file */
    import_id: model.text().nullable(),
    import_row: model.number().nullable(),
    status: model.enum([...REMITTANCE_STATUSES]),
    reason: model.enum([...REMITTANCE_REASONS]).nullable(),
    /** the reference found (normalised) and what it pays */
    reference: model.text().nullable(),
    target_kind: model.text().nullable(),
    target_id: model.text().nullable(),
    expected_amount: model.bigNumber().nullable(),
    expected_payer: model.text().nullable(),
    /** what it captured, and the payments it captured */
    captured_amount: model.bigNumber().nullable(),
    payment_ids: model.json().nullable(),
    recorded_by: model.text().nullable(),
    confirmed_by: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["bank_serial"], unique: true, where: "bank_serial IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status"] },
    { on: ["reference"] },
    { on: ["import_id"] },
  ])

export default RemittanceCredit
