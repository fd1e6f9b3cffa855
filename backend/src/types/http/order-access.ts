/**
 * Order privacy over HTTP (docs/order-privacy.md): the order token a placing
 * browser gets from POST /store/carts/:id/complete, and a guest's order
 * lookup by a one-time code (/store/order-lookup/codes, /sessions, /orders).
 */
import type { ContactChannel } from "../../shared/contact"
import type { DateTimeString } from "./common"

/** The request header that carries an order token or a lookup token. */
export const ORDER_TOKEN_HEADER = "x-order-token"

/** A signed key to orders: one order (order token) or a contact's orders (lookup token). */
export type OrderAccessToken = { token: string; expires_at: DateTimeString }

/** What POST /store/carts/:id/complete adds to Medusa's answer when it is an order. */
export type StoreCartCompleteOrderToken = { order_token: OrderAccessToken }

/** Body of POST /store/order-lookup/codes: a mainland mobile number or an e-mail address. */
export type StoreOrderLookupCodeBody = { contact: string }

/** POST /store/order-lookup/codes (200): the same whether or not orders were placed with it. */
export type StoreOrderLookupCodeResponse = {
  channel: ContactChannel
  expires_at: DateTimeString
  message: string
}

/** POST /store/order-lookup/codes (429, with Retry-After): too many codes for the contact or client. */
export type StoreOrderLookupCodeRefusal = {
  type: "too_many_requests"
  message: string
  /** seconds */
  retry_after: number
}

/** The one-time code of an order lookup: the 6 digits of the message. */
export const LOOKUP_CODE_PATTERN = /^\d{6}$/

/** Body of POST /store/order-lookup/sessions: the contact and the 6 digits of the message. */
export type StoreOrderLookupSessionBody = { contact: string; code: string }

/** POST /store/order-lookup/sessions (200): a lookup token (send it as `x-order-token`). */
export type StoreOrderLookupSessionResponse = OrderAccessToken & {
  /** the contact, normalised */
  contact: string
}

/** POST /store/order-lookup/sessions (400): a wrong code, or no valid code for the contact. */
export type StoreOrderLookupSessionRefusal = {
  type: "invalid_data"
  code: "wrong_code" | "no_code"
  message: string
  /** wrong_code only */
  attempts_left?: number
}

/** An order as a guest's lookup lists it. */
export type StoreLookupOrder = {
  id: string
  display_id: number
  created_at: DateTimeString
  status: string
  payment_status: string
  fulfillment_status: string
  total: number
  currency_code: string
  items: {
    id: string
    product_title: string
    variant_title: string | null
    quantity: number
    thumbnail: string | null
  }[]
}

/** GET /store/order-lookup/orders (header `x-order-token`: a lookup token), newest first. */
export type StoreOrderLookupOrdersResponse = {
  contact: string
  orders: StoreLookupOrder[]
  count: number
  limit: number
  offset: number
}

/** Query of GET /store/order-lookup/orders. */
export type StoreOrderLookupOrdersParams = { limit?: number; offset?: number }
