import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreOrderAid, StoreOrderAidResponse } from "@http/aid"
import type { StoreOrderUnitNoteResponse, UnitOrderNote } from "@http/unit-order"
import { authHeaders, orderAccessHeaders } from "./cookies"
import { medusa } from "./medusa"

const LIST_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,created_at,total,currency_code,*items"

const DETAIL_FIELDS = [
  "id",
  "customer_id",
  "display_id",
  "email",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*fulfillments",
  "*fulfillments.labels",
].join(",")

/** The logged-in customer's orders, newest first. */
export async function listOrders(limit = 20, offset = 0) {
  const { orders, count } = await medusa.store.order.list(
    { limit, offset, order: "-created_at", fields: LIST_FIELDS },
    await authHeaders()
  )
  return { orders: orders as HttpTypes.StoreOrder[], count: count ?? orders.length }
}

/**
 * An order by id, or null. The backend answers only its logged-in customer,
 * the browser that placed it (its order token) or a guest who looked it up by
 * its contact (the lookup token); anyone else gets null, as for an unknown id.
 */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await medusa.store.order.retrieve(
      id,
      { fields: DETAIL_FIELDS },
      await orderAccessHeaders(id)
    )
    return order as HttpTypes.StoreOrder
  } catch {
    return null
  }
}

/** One of the logged-in customer's orders, or null. */
export async function retrieveCustomerOrder(id: string, customerId: string) {
  const order = await retrieveOrder(id)
  return order?.customer_id === customerId ? order : null
}

/** "您的购买帮扶了": the order's aid by town, from the ledger (the customer's own orders only). */
export async function orderAid(orderId: string): Promise<StoreOrderAid | null> {
  try {
    const { aid } = await medusa.client.fetch<StoreOrderAidResponse>(
      `/store/customers/me/orders/${orderId}/aid`,
      { headers: await authHeaders() }
    )
    return aid
  } catch {
    return null
  }
}

/** A unit order's 采购单号 and 备注 (the same access as the order), or none. */
export async function orderUnitNote(orderId: string): Promise<UnitOrderNote | null> {
  try {
    const { unit_order } = await medusa.client.fetch<StoreOrderUnitNoteResponse>(
      `/store/orders/${encodeURIComponent(orderId)}/unit-order`,
      { headers: await orderAccessHeaders(orderId) }
    )
    return unit_order.po_number || unit_order.unit_note ? unit_order : null
  } catch {
    return null
  }
}
