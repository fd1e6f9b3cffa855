import { model } from "@medusajs/framework/utils"
import { UNIT_APPROVAL_KINDS, UNIT_APPROVAL_STATUSES } from "../../../types/http/unit-approval"

/**
 * A purchase waiting for the unit's 审批人 (approval request): a member's
 * cart (`cart_id`) or a bulk order's submitted rows (`input`), with what the
 * approver reads (lines, recipients, the amount when requested). Prices are
 * never taken from it: placing recomputes them. Approved, the server places
 * it once (`placed`, with the order or bulk order); rejected, it carries the
 * reason.
 */
const UnitApproval = model
  .define("unit_approval", {
    id: model.id({ prefix: "uappr" }).primaryKey(),
    unit_id: model.text(),
    kind: model.enum([...UNIT_APPROVAL_KINDS]),
    status: model.enum([...UNIT_APPROVAL_STATUSES]).default("pending"),
    /** decimal yuan when requested */
    amount: model.bigNumber(),
    /** UnitApprovalReason[] */
    reasons: model.json(),
    /** { lines: UnitApprovalLine[], recipients: UnitApprovalRecipient[] } */
    summary: model.json(),
    cart_id: model.text().nullable(),
    /** a bulk order's submitted JSON body and the sales channels it was checked for */
    input: model.json().nullable(),
    note: model.text().nullable(),
    /** the requesting member's customer id */
    requested_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** why it was rejected */
    reason: model.text().nullable(),
    order_ids: model.json().nullable(),
    bulk_order_id: model.text().nullable(),
  })
  .indexes([{ on: ["unit_id", "status"] }, { on: ["cart_id"] }, { on: ["status", "created_at"] }])

export default UnitApproval
