import BigNumber from "bignumber.js"
import { type Money, money, roundToFen, yuanString } from "../../../shared/money"
import { earlierReceipt, orderTimeline, sortFacts } from "./facts"
import { applyEntry, type Lines } from "./line-state"
import {
  entryKey,
  LEDGER_ENTRY_FIELDS,
  type LedgerEntry,
  type OrderFacts,
  withDates,
} from "./types"

/**
 * The entries the ledger lacks for this order, in the order they happened.
 * `existing` are the order's entries already written; facts that already have
 * entries are replayed, not written again.
 */
export function planEntries(input: OrderFacts, existing: LedgerEntry[]): LedgerEntry[] {
  const order = withDates(input)
  const lines: Lines = new Map()
  const byFact = new Map<string, LedgerEntry[]>()
  for (const entry of existing) {
    const key = `${entry.kind}:${entry.source_id}`
    byFact.set(key, [...(byFact.get(key) ?? []), entry])
  }
  const written = existing
    .filter((entry) => entry.kind === "sale")
    .map((entry) => new Date(entry.occurred_at).getTime())
  const saleAt = written.length ? new Date(Math.min(...written)) : order.paid_at
  // who bought is fixed when the order is paid: later entries keep the sale's buyer
  const buyer = existing.find((entry) => entry.kind === "sale") ?? order
  const timeline = orderTimeline(order, saleAt)
  const shown = new Set(timeline.map((fact) => `${fact.kind}:${fact.source_id}`))
  const earlier = [...byFact.entries()]
    .filter(([key, entries]) => !shown.has(key) && entries[0].kind === "return")
    .map(([, entries]) => earlierReceipt(entries[0].source_id, new Date(entries[0].occurred_at)))
  const facts = sortFacts([...timeline, ...earlier])
  const known = new Set(facts.map((fact) => `${fact.kind}:${fact.source_id}`))
  // corrections and entries of other facts the order no longer shows count first
  for (const [key, entries] of byFact) {
    if (!known.has(key)) entries.forEach((entry) => applyEntry(lines, entry))
  }

  const itemById = new Map(order.items.map((item) => [item.id, item]))
  const created: LedgerEntry[] = []
  for (const fact of facts) {
    const already = byFact.get(`${fact.kind}:${fact.source_id}`)
    if (already) {
      already.forEach((entry) => applyEntry(lines, entry))
      continue
    }
    for (const move of fact.plan(lines)) {
      const item = itemById.get(move.line)
      const template = lines.get(move.line)?.template ?? {
        line_item_id: move.line,
        product_id: item?.product_id ?? null,
        variant_id: item?.variant_id ?? null,
        product_title: item?.product_title ?? null,
        variant_title: item?.variant_title ?? null,
        partner_id: item?.partner_id ?? null,
        town_id: item?.town_id ?? null,
      }
      const entry: LedgerEntry = {
        ...template,
        entry_key: entryKey(fact.kind, fact.source_id, move.line),
        kind: fact.kind,
        source_id: fact.source_id,
        order_id: order.order_id,
        order_display_id: order.display_id,
        quantity: move.quantity,
        amount: yuanString(move.amount),
        currency_code: order.currency_code,
        buyer_kind: buyer.buyer_kind,
        unit_id: buyer.unit_id,
        customer_id: order.customer_id,
        occurred_at: fact.at,
      }
      applyEntry(lines, entry)
      created.push(entry)
    }
  }
  return created
}

/**
 * What the ledger should hold for an order: nothing while unpaid or once
 * canceled, otherwise the item total (rounded to the fen) less the refunds
 * attributed to items, never below zero.
 */
export function expectedNet(
  order: Pick<OrderFacts, "paid_at" | "canceled_at" | "items" | "refunds">
): Money {
  if (!order.paid_at || order.canceled_at) return new BigNumber(0)
  const items = roundToFen(
    order.items
      .filter((item) => item.quantity > 0)
      .reduce((acc, item) => acc.plus(money(item.total)), new BigNumber(0))
  )
  const refunded = order.refunds
    .filter((refund) => refund.attributable)
    .reduce((acc, refund) => acc.plus(roundToFen(money(refund.amount))), new BigNumber(0))
  return BigNumber.max(items.minus(refunded), 0)
}

/**
 * A correction entry (e.g. an amount entered by the support team): the
 * entry's own fields only (callers may pass a whole row), missing ones null,
 * keyed by its source and line.
 */
export function correctionEntry(entry: Omit<LedgerEntry, "kind" | "entry_key">): LedgerEntry {
  const given: Partial<LedgerEntry> = entry
  return {
    ...(Object.fromEntries(
      LEDGER_ENTRY_FIELDS.map((field) => [field, given[field] ?? null])
    ) as LedgerEntry),
    occurred_at: new Date(entry.occurred_at),
    quantity: entry.quantity ?? 0,
    kind: "correction",
    entry_key: entryKey("correction", entry.source_id, entry.line_item_id),
    amount: yuanString(entry.amount),
  }
}
