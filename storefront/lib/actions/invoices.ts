"use server"

import { refresh } from "next/cache"
import { invoiceRequestSchema } from "@shared/invoice"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { fieldErrors } from "@/lib/checkout/schema"
import { requestOrderInvoice, requestUnitInvoice } from "@/lib/data/invoices"
import { t } from "@/lib/messages"

/** The fields of the 申请发票 form. */
const FIELDS = [
  "kind",
  "title",
  "tax_id",
  "registered_address",
  "registered_phone",
  "bank_name",
  "bank_account",
  "amount",
  "email",
]

const CHINESE = /[\u4e00-\u9fff]/

/** The backend's Chinese message (amount over what is left, unpaid order), else a general one. */
function refusal(error: unknown): string {
  const message = error instanceof Error ? error.message : ""
  return CHINESE.test(message) ? message : t("invoice.form.failed")
}

/**
 * 申请发票 of an order (the buyer's, `order_id`) or of a bulk order (the
 * unit's 管理员 or 财务, `bulk_order_id`): checked with the backend's own
 * rules first, then sent; the backend decides the amount that is left.
 */
export async function requestInvoiceAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, FIELDS)
  const round = (previous?.round ?? 0) + 1
  const optional = (v: string) => (v.trim() ? v : null)
  const parsed = invoiceRequestSchema.safeParse({
    ...values,
    registered_address: optional(values.registered_address),
    registered_phone: optional(values.registered_phone),
    bank_name: optional(values.bank_name),
    bank_account: optional(values.bank_account),
  })
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  const orderId = String(form.get("order_id") ?? "")
  const bulkOrderId = String(form.get("bulk_order_id") ?? "")
  // one of the unit's orders, by its 管理员 or 财务 (a quote's order, from the unit area)
  const unitOrderId = String(form.get("unit_order_id") ?? "")
  try {
    if (bulkOrderId) await requestUnitInvoice({ ...parsed.data, bulk_order_id: bulkOrderId })
    else if (unitOrderId) await requestUnitInvoice({ ...parsed.data, order_id: unitOrderId })
    else if (orderId) await requestOrderInvoice(orderId, parsed.data)
    else return { round, values, errors: {}, formError: t("invoice.form.failed") }
  } catch (error) {
    return { round, values, errors: {}, formError: refusal(error) }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("invoice.form.submitted") }
}
