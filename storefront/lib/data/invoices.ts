import "server-only"
import type {
  CheckoutInvoiceInput,
  OrderInvoiceRequestsResponse,
  StoreCartInvoiceRequestResponse,
  InvoiceRequestInput,
  InvoiceRequestResponse,
  StoreUnitInvoiceRequestsResponse,
} from "@http/invoice"
import { NOT_CACHED } from "./cache"
import { authHeaders, orderAccessHeaders } from "./cookies"
import { backendUrl, medusa, publishableKey } from "./medusa"

/**
 * 发票 requests: an order's (behind the backend's order privacy guard) and
 * the unit's (/store/units/me/invoice-requests, 管理员 and 财务). Never
 * cached: a payment, a refund or the support team changes them.
 */

const UNIT = "/store/units/me/invoice-requests"
const orderPath = (orderId: string) =>
  `/store/orders/${encodeURIComponent(orderId)}/invoice-requests`

/** An order's requests and what can still be invoiced, or null when the backend refuses. */
export async function orderInvoices(orderId: string): Promise<OrderInvoiceRequestsResponse | null> {
  return medusa.client
    .fetch<OrderInvoiceRequestsResponse>(orderPath(orderId), {
      headers: await orderAccessHeaders(orderId),
      ...NOT_CACHED,
    })
    .catch(() => null)
}

export async function requestOrderInvoice(
  orderId: string,
  body: InvoiceRequestInput
): Promise<InvoiceRequestResponse> {
  return medusa.client.fetch<InvoiceRequestResponse>(orderPath(orderId), {
    method: "POST",
    body,
    headers: await orderAccessHeaders(orderId),
  })
}

/** The unit's requests of one bulk order, its details to prefill, what is left; null when refused (采购员). */
export async function bulkOrderInvoices(
  bulkOrderId: string
): Promise<StoreUnitInvoiceRequestsResponse | null> {
  return medusa.client
    .fetch<StoreUnitInvoiceRequestsResponse>(UNIT, {
      query: { bulk_order_id: bulkOrderId },
      headers: await authHeaders(),
      ...NOT_CACHED,
    })
    .catch(() => null)
}

/** The unit's requests of one of its orders (a quote's), its details and what is left; null when refused. */
export async function unitOrderInvoices(
  orderId: string
): Promise<StoreUnitInvoiceRequestsResponse | null> {
  const query = { order_id: orderId }
  return medusa.client
    .fetch<StoreUnitInvoiceRequestsResponse>(UNIT, {
      query,
      headers: await authHeaders(),
      ...NOT_CACHED,
    })
    .catch(() => null)
}

export async function requestUnitInvoice(
  body: InvoiceRequestInput & ({ bulk_order_id: string } | { order_id: string })
): Promise<InvoiceRequestResponse> {
  return medusa.client.fetch<InvoiceRequestResponse>(UNIT, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}

/** An invoice PDF as the backend answers it (404 for anyone else's). */
export async function invoiceFile(
  target: { order_id: string } | { unit: true },
  requestId: string
): Promise<Response> {
  const path =
    "order_id" in target
      ? `${orderPath(target.order_id)}/${encodeURIComponent(requestId)}/file`
      : `${UNIT}/${encodeURIComponent(requestId)}/file`
  const headers =
    "order_id" in target ? await orderAccessHeaders(target.order_id) : await authHeaders()
  return fetch(`${backendUrl}${path}`, {
    headers: { ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}), ...headers },
    ...NOT_CACHED,
  })
}

/** 开具发票 at checkout: the 发票 the cart carries to its order (null: none); the backend checks it. */
export async function setCartInvoice(
  cartId: string,
  invoice: CheckoutInvoiceInput | null
): Promise<StoreCartInvoiceRequestResponse> {
  return medusa.client.fetch<StoreCartInvoiceRequestResponse>(
    `/store/carts/${encodeURIComponent(cartId)}/invoice-request`,
    { method: "POST", body: { invoice_request: invoice }, headers: await authHeaders() }
  )
}
