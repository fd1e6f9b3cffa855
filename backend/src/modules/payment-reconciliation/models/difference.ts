import { model } from "@medusajs/framework/utils"
import {
  DIFFERENCE_DIRECTIONS,
  DIFFERENCE_KINDS,
} from "../../../types/http/payment-reconciliations"
import PaymentReconciliationRun from "./run"

/**
 * One line where the provider's bill and the shop disagree, kept until the
 * support team has looked into it and says what was done (resolved, with a note).
 */
const PaymentReconciliationDifference = model
  .define("payment_reconciliation_difference", {
    id: model.id({ prefix: "precd" }).primaryKey(),
    kind: model.enum([...DIFFERENCE_KINDS]),
    direction: model.enum([...DIFFERENCE_DIRECTIONS]),
    out_trade_no: model.text(),
    transaction_id: model.text().nullable(),
    /** decimal yuan on each side; null where that side has nothing */
    bill_amount: model.bigNumber().nullable(),
    shop_amount: model.bigNumber().nullable(),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    display_id: model.number().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution_note: model.text().nullable(),
    run: model.belongsTo(() => PaymentReconciliationRun, { mappedBy: "differences" }),
  })
  .indexes([{ on: ["out_trade_no"] }, { on: ["resolved_at"] }])

export default PaymentReconciliationDifference
