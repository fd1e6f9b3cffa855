import { model } from "@medusajs/framework/utils"
import { INVOICE_KINDS, INVOICE_STATUSES } from "../../../types/http/invoice"

/**
 * 发票申请: a buyer's or a unit's request for an invoice of one order or one
 * bulk order (exactly one of `order_id`, `bulk_order_id`). The title details
 * are copied at request time (a later change of the unit's details does not
 * rewrite a request). The support team marks it issued with the number, the
 * China day and the PDF (File Module, private); a refund after issuing flags
 * it `needs_reversal` until a 红字发票 reverses it.
 */
const InvoiceRequest = model
  .define("invoice_request", {
    id: model.id({ prefix: "invreq" }).primaryKey(),
    order_id: model.text().nullable(),
    bulk_order_id: model.text().nullable(),
    /** the unit that asked (unit area requests); null for a buyer's own */
    unit_id: model.text().nullable(),
    /** the customer who asked */
    requested_by: model.text(),
    kind: model.enum([...INVOICE_KINDS]),
    title: model.text(),
    tax_id: model.text(),
    registered_address: model.text().nullable(),
    registered_phone: model.text().nullable(),
    bank_name: model.text().nullable(),
    bank_account: model.text().nullable(),
    /** decimal yuan, exact to the fen */
    amount: model.bigNumber(),
    email: model.text(),
    status: model.enum([...INVOICE_STATUSES]).default("pending"),
    number: model.text().nullable(),
    /** China day YYYY-MM-DD */
    issued_on: model.text().nullable(),
    issued_by: model.text().nullable(),
    /** the PDF in the File Module */
    file_id: model.text().nullable(),
    file_name: model.text().nullable(),
    flagged_at: model.dateTime().nullable(),
    reversed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["bulk_order_id"] },
    { on: ["unit_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])

export default InvoiceRequest
