import { model } from "@medusajs/framework/utils"
import {
  AID_RECONCILIATION_TRIGGERS,
  type AidReconciliationMismatch,
} from "../../../types/http/aid"

/** An order whose ledger net differs from what the order says (amounts in decimal yuan). */
export type ReconciliationMismatch = AidReconciliationMismatch

/**
 * One run of the reconciliation: every order's ledger net compared with what
 * the order says was paid for its items, net of refunds.
 */
const AidReconciliation = model.define("aid_reconciliation", {
  id: model.id({ prefix: "aidrec" }).primaryKey(),
  trigger: model.enum([...AID_RECONCILIATION_TRIGGERS]),
  orders_checked: model.number(),
  mismatch_count: model.number(),
  difference_total: model.bigNumber(),
  mismatches: model.json<ReconciliationMismatch[]>(),
  started_at: model.dateTime(),
  finished_at: model.dateTime(),
})

export default AidReconciliation
