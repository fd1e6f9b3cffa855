import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatDateTime } from "@/lib/checkout/format"
import { formatYuan } from "@shared/money"
import type { StoreAlipayStatus, StoreBankTransferInstructions } from "@http/payments"
import type { StoreCustomer } from "@/lib/data/customer"
import type { StoreOrderAid } from "@http/aid"
import { messagesOf, t } from "@/lib/messages"
import { orderStatus } from "@/lib/order/status"
import styles from "@/modules/common/shop.module.css"
import { AlipayStatus } from "@/modules/order/components/alipay-status"
import { BankTransferDetails } from "@/modules/order/components/bank-transfer-details"
import { OrderLines } from "@/modules/order/components/order-lines"
import { ShippingAddress } from "@/modules/order/components/shipping-address"
import { UnitOrderNote } from "@/modules/order/components/unit-order-note"
import type { UnitOrderNote as UnitOrderNoteData } from "@http/unit-order"
import type { OrderInvoiceRequestsResponse } from "@http/invoice"
import { InvoiceSection } from "@/modules/order/components/invoice-section"
import { AccountShell } from "../components/account-shell"
import { OrderAidCard } from "../components/order-aid"
import { OrderTracking } from "../components/order-tracking"

/** One of the customer's orders: states, the aid it gave, tracking, transfer details, lines and totals. */
export function AccountOrderTemplate({
  customer,
  order,
  aid,
  transfer,
  alipay = null,
  unitNote = null,
  invoices = null,
  invoiceDefaults = {},
}: {
  customer: StoreCustomer
  order: HttpTypes.StoreOrder
  aid: StoreOrderAid | null
  transfer: StoreBankTransferInstructions | null
  /** an order paid with 支付宝: shown while awaiting Alipay (with the cashier to reopen) */
  alipay?: StoreAlipayStatus | null
  /** a unit order's 采购单号 and 备注 */
  unitNote?: UnitOrderNoteData | null
  /** the order's 发票 requests and what can still be invoiced */
  invoices?: OrderInvoiceRequestsResponse | null
  /** the 申请发票 form's prefill (saved 抬头, e-mail) */
  invoiceDefaults?: Record<string, string>
}) {
  const address = order.shipping_address
  return (
    <AccountShell customer={customer} current="orders">
      <p>
        <Link href="/account">{t("account.orders.back")}</Link>
      </p>
      <section
        className={styles.card}
        aria-labelledby="order-heading"
        data-testid="account-order-detail"
      >
        <h2 id="order-heading">{t("account.orders.number", { id: order.display_id! })}</h2>
        <dl className={styles.bank}>
          <dt>{t("account.orders.placedAt")}</dt>
          <dd>{formatDateTime(order.created_at)}</dd>
          <dt>{t("account.orders.status")}</dt>
          <dd data-testid="order-status">{orderStatus(order)}</dd>
        </dl>
      </section>

      <OrderAidCard aid={aid} />
      <OrderTracking fulfillments={order.fulfillments} />

      {transfer && transfer.state !== "received" && <BankTransferDetails transfer={transfer} />}
      {alipay?.state === "awaiting_payment" && (
        <AlipayStatus initial={alipay} messages={messagesOf("checkout")} />
      )}

      <section className={styles.card} aria-labelledby="items-heading">
        <h2 id="items-heading">{t("account.orders.items")}</h2>
        <OrderLines items={order.items} />
        <dl className={styles.totals}>
          <div>
            <dt>{t("account.orders.itemTotal")}</dt>
            <dd>{formatYuan(order.item_total)}</dd>
          </div>
          {Number(order.discount_total ?? 0) > 0 && (
            <div>
              <dt>{t("account.orders.discountTotal")}</dt>
              <dd>−{formatYuan(order.discount_total)}</dd>
            </div>
          )}
          <div>
            <dt>{t("account.orders.shippingTotal")}</dt>
            <dd>{formatYuan(order.shipping_total)}</dd>
          </div>
          <div className={styles.grand}>
            <dt>{t("account.orders.grandTotal")}</dt>
            <dd>{formatYuan(order.total)}</dd>
          </div>
        </dl>
        {address && (
          <>
            <h3>{t("account.orders.shipping")}</h3>
            <ShippingAddress address={address} />
          </>
        )}
        <UnitOrderNote note={unitNote} />
      </section>

      {invoices && (
        <InvoiceSection
          requests={invoices.invoice_requests}
          invoiceable={invoices.invoiceable}
          target={{ order_id: order.id }}
          defaults={invoiceDefaults}
          fileHref={(id) => `/account/orders/${order.id}/invoices/${id}`}
          asked={invoices.checkout_invoice}
        />
      )}
    </AccountShell>
  )
}
