import Link from "next/link"
import type { StoreBulkOrderDetailResponse } from "@http/bulk-order"
import type { StoreUnitResponse } from "@http/unit"
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
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  detail: StoreBulkOrderDetailResponse
}) {
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="orders" />
      <p>
        <Link href="/unit/bulk-orders">{t("bulk.detail.back")}</Link>
      </p>
      <BulkOrderPayment order={detail.bulk_order} payee={detail.payee} />
      <BulkOrderParcels parcels={detail.bulk_order.orders} />
    </AccountShell>
  )
}
