import type { AidBuyerKind, AidEntryKind } from "../../../types/http/aid"
import type { Money } from "../../../shared/money"

/** One line of an order as the ledger sees it. */
export type OrderLineFacts = {
  id: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  quantity: number
  /** the line's total after discounts, tax included, shipping excluded */
  total: string
  partner_id: string | null
  town_id: string | null
}

/** What an order says happened (workflows/aid/order-facts.ts reads it with Query). */
export type OrderFacts = {
  order_id: string
  display_id: number | null
  currency_code: string
  buyer_kind: AidBuyerKind
  unit_id: string | null
  customer_id: string | null
  placed_at: Date
  /** when the order became paid (its payments captured in full); null while unpaid */
  paid_at: Date | null
  canceled_at: Date | null
  items: OrderLineFacts[]
  edits: { id: string; confirmed_at: Date }[]
  returns: {
    id: string
    received_at: Date
    items: { line_item_id: string; quantity: number }[]
  }[]
  refunds: {
    id: string
    created_at: Date
    amount: string
    /** false for refunds given for shipping only */
    attributable: boolean
  }[]
}

/** One entry of the ledger (the `aid_entry` row without its id and day). */
export type LedgerEntry = {
  entry_key: string
  kind: AidEntryKind
  source_id: string
  order_id: string
  order_display_id: number | null
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  partner_id: string | null
  town_id: string | null
  quantity: number
  /** decimal yuan, two decimals, signed */
  amount: string
  currency_code: string
  buyer_kind: AidBuyerKind
  unit_id: string | null
  customer_id: string | null
  occurred_at: Date
}

/** The fields of a ledger entry: the columns of `aid_entry` the ledger reads and writes. */
export const LEDGER_ENTRY_FIELDS = [
  "entry_key",
  "kind",
  "source_id",
  "order_id",
  "order_display_id",
  "line_item_id",
  "product_id",
  "variant_id",
  "product_title",
  "variant_title",
  "partner_id",
  "town_id",
  "quantity",
  "amount",
  "currency_code",
  "buyer_kind",
  "unit_id",
  "customer_id",
  "occurred_at",
] as const satisfies readonly (keyof LedgerEntry)[]

/** A line's part of a fact: units and money it gains (positive) or loses (negative). */
export type Move = { line: string; quantity: number; amount: Money }

export function entryKey(kind: AidEntryKind, sourceId: string, lineItemId: string): string {
  return `${kind}:${sourceId}:${lineItemId}`
}

/**
 * Facts that went through a workflow were serialised: their instants arrive
 * as ISO strings. Everything here works on Dates.
 */
export function withDates(order: OrderFacts): OrderFacts {
  const date = (value: Date | string) => (value instanceof Date ? value : new Date(value))
  return {
    ...order,
    placed_at: date(order.placed_at),
    paid_at: order.paid_at ? date(order.paid_at) : null,
    canceled_at: order.canceled_at ? date(order.canceled_at) : null,
    edits: order.edits.map((e) => ({ ...e, confirmed_at: date(e.confirmed_at) })),
    returns: order.returns.map((r) => ({ ...r, received_at: date(r.received_at) })),
    refunds: order.refunds.map((r) => ({ ...r, created_at: date(r.created_at) })),
  }
}
