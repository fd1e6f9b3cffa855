import Link from "next/link"
import type { StoreBulkOrderDetailResponse } from "@http/bulk-order"
import type { StoreUnitResponse } from "@http/unit"
import type { StoreUnitInvoiceRequestsResponse } from "@http/invoice"
import { InvoiceSection } from "@/modules/order/components/invoice-section"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import { AccountShell } from "@/modules/account/components/account-shell"
import { BulkOrderParcels } from "../components/bulk/bulk-order-parcels"
import { BulkOrderPayment } from "../components/bulk/bulk-order-payment"
import { UnitTabs } from "../components/unit-tabs"

/** /unit/bulk-orders/:id: the bulk order, how to pay it, and every recipient's parcel. */
export function BulkOrderTemplate({
  customer,
  membership,
  detail,
  invoices = null,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  detail: StoreBulkOrderDetailResponse
  /** the bulk order's 发票 and the unit's invoice details (管理员 and 财务 only) */
  invoices?: StoreUnitInvoiceRequestsResponse | null
}) {
  const details = invoices?.invoice_details
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="orders" />
      <p>
        <Link href="/unit/bulk-orders">{t("bulk.detail.back")}</Link>
      </p>
      <BulkOrderPayment order={detail.bulk_order} payee={detail.payee} />
      <BulkOrderParcels parcels={detail.bulk_order.orders} />
      {invoices?.invoiceable && details && (
        <InvoiceSection
          requests={invoices.invoice_requests}
          invoiceable={invoices.invoiceable}
          target={{ bulk_order_id: detail.bulk_order.id }}
          defaults={{
            kind: details.type,
            title: details.title,
            tax_id: details.tax_id,
            registered_address: details.registered_address ?? "",
            registered_phone: details.registered_phone ?? "",
            bank_name: details.bank_name ?? "",
            bank_account: details.bank_account ?? "",
            email: customer.email ?? "",
          }}
          fileHref={(id) => `/unit/invoices/${id}`}
        />
      )}
    </AccountShell>
  )
}
