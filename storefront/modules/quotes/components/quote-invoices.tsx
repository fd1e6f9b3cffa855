import type { StoreUnitInvoiceRequestsResponse } from "@http/invoice"
import type { UnitInvoice } from "@http/unit"
import { InvoiceSection } from "@/modules/order/components/invoice-section"

/** The 申请发票 form's prefill from the unit's invoice details (抬头, 税号, 开户行…) and the member's e-mail. */
function prefillOf(details: UnitInvoice, email: string): Record<string, string> {
  const optional = ["registered_address", "registered_phone", "bank_name", "bank_account"] as const
  return {
    kind: details.type,
    title: details.title,
    tax_id: details.tax_id,
    ...Object.fromEntries(optional.map((key) => [key, details[key] ?? ""])),
    email,
  }
}

/**
 * 发票 of a quote's order in the unit area (管理员 and 财务): the unit's
 * requests of it, what can still be invoiced, and 申请发票 prefilled with the
 * unit's invoice details.
 */
export function QuoteInvoices({
  orderId,
  invoices,
  email,
}: {
  orderId: string
  invoices: StoreUnitInvoiceRequestsResponse
  email: string
}) {
  if (!invoices.invoiceable) return null
  return (
    <InvoiceSection
      requests={invoices.invoice_requests}
      invoiceable={invoices.invoiceable}
      target={{ unit_order_id: orderId }}
      defaults={prefillOf(invoices.invoice_details, email)}
      fileHref={(id) => `/unit/invoices/${id}`}
    />
  )
}
