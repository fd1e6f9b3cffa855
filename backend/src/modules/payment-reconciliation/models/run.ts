import { model } from "@medusajs/framework/utils"
import {
  RECONCILIATION_PROVIDERS,
  RECONCILIATION_STATUSES,
} from "../../../types/http/payment-reconciliations"
import PaymentReconciliationDifference from "./difference"

/**
 * One provider's bill of one China day compared with the shop's captures and
 * refunds of that day. One run per provider and day: running the day again
 * replaces the figures and the unresolved differences (resolved ones stay).
 */
const PaymentReconciliationRun = model
  .define("payment_reconciliation_run", {
    id: model.id({ prefix: "prec" }).primaryKey(),
    provider: model.enum([...RECONCILIATION_PROVIDERS]),
    /** China day of the bill, YYYY-MM-DD */
    bill_date: model.text(),
    status: model.enum([...RECONCILIATION_STATUSES]),
    bill_count: model.number().default(0),
    shop_count: model.number().default(0),
    /** net yuan of the day (payments minus refunds) on each side */
    bill_total: model.bigNumber(),
    shop_total: model.bigNumber(),
    difference_count: model.number().default(0),
    /** why the bill could not be read (status failed) */
    error: model.text().nullable(),
    trigger: model.enum(["job", "admin"]),
    differences: model.hasMany(() => PaymentReconciliationDifference, { mappedBy: "run" }),
  })
  .cascades({ delete: ["differences"] })
  .indexes([
    { on: ["provider", "bill_date"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
  ])

export default PaymentReconciliationRun
