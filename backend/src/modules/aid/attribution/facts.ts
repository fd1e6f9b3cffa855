import BigNumber from "bignumber.js"
import { type Money, money, roundToFen, splitByWeights } from "../../../shared/money"
import type { AidEntryKind } from "../../../types/http/aid"
import { allocateRefund, type Lines } from "./line-state"
import type { Move, OrderFacts, OrderLineFacts } from "./types"

/** A fact of the order's history and how it moves its lines, given what they hold before it. */
export type Fact = {
  kind: Exclude<AidEntryKind, "correction">
  source_id: string
  at: Date
  rank: number
  plan: (lines: Lines) => Move[]
}

/** Facts of the same instant count in this order. */
const RANK: Record<Fact["kind"], number> = {
  sale: 0,
  edit: 1,
  return: 2,
  refund: 3,
  cancellation: 4,
}

/** Each line's share of the order's item total, rounded once. */
export function lineShares(items: OrderLineFacts[]): Map<string, Money> {
  const live = items.filter((item) => item.quantity > 0)
  const total = live.reduce((acc, item) => acc.plus(money(item.total)), new BigNumber(0))
  const parts = splitByWeights(
    total,
    live.map((item) => item.total)
  )
  return new Map(live.map((item, index) => [item.id, parts[index]]))
}

function saleFact(order: OrderFacts, saleAt: Date): Fact {
  return {
    kind: "sale",
    source_id: order.order_id,
    at: saleAt,
    rank: RANK.sale,
    plan: () => {
      const shares = lineShares(order.items)
      return order.items
        .filter((item) => item.quantity > 0)
        .map((item) => ({ line: item.id, quantity: item.quantity, amount: shares.get(item.id)! }))
    },
  }
}

/** Each line moves to its share after the edit; removed lines go to 0. */
function editFact(order: OrderFacts, edit: OrderFacts["edits"][number]): Fact {
  const itemById = new Map(order.items.map((item) => [item.id, item]))
  return {
    kind: "edit",
    source_id: edit.id,
    at: edit.confirmed_at,
    rank: RANK.edit,
    plan: (lines) => {
      const shares = lineShares(order.items)
      const ids = new Set([...lines.keys(), ...order.items.map((item) => item.id)])
      const moves: Move[] = []
      for (const id of ids) {
        const state = lines.get(id)
        const target = shares.get(id) ?? new BigNumber(0)
        const targetQuantity = Math.max(itemById.get(id)?.quantity ?? 0, 0)
        const amount = target.minus(state?.agreedAmount ?? 0)
        const quantity = targetQuantity - (state?.agreedQuantity ?? 0)
        if (!amount.isZero() || quantity !== 0) {
          moves.push({ line: id, quantity, amount })
        }
      }
      return moves
    },
  }
}

/**
 * A return can be received in several goes: each receipt (the return with
 * its quantity received so far) is its own fact and takes out what the
 * earlier receipts of that return did not. The money leaves with the refund.
 */
function returnFact(ret: OrderFacts["returns"][number], at: Date): Fact {
  const received = ret.items.reduce((sum, item) => sum + Math.max(item.quantity, 0), 0)
  return {
    kind: "return",
    source_id: `${ret.id}@${received}`,
    at,
    rank: RANK.return,
    plan: (lines) => {
      const moves: Move[] = []
      for (const item of ret.items) {
        const state = lines.get(item.line_item_id)
        if (!state || state.quantity <= 0) continue
        const already = state.returnedBy.get(ret.id) ?? 0
        const quantity = Math.min(item.quantity - already, state.quantity)
        if (quantity <= 0) continue
        moves.push({ line: item.line_item_id, quantity: -quantity, amount: new BigNumber(0) })
      }
      return moves
    },
  }
}

/**
 * The order's facts in the order they count. `saleAt` is when the sale
 * happened: the sale already in the ledger, else the payment; with none there
 * is no sale, and facts that need one plan nothing. Edits confirmed up to the
 * sale are part of it; returns, refunds and a cancellation dated before it
 * (which a paid order does not have) count right after it.
 */
export function orderTimeline(order: OrderFacts, saleAt: Date | null): Fact[] {
  const after = (at: Date) => (saleAt && at.getTime() < saleAt.getTime() ? saleAt : at)
  const facts: Fact[] = saleAt ? [saleFact(order, saleAt)] : []

  for (const edit of order.edits) {
    if (!saleAt || edit.confirmed_at.getTime() <= saleAt.getTime()) continue
    facts.push(editFact(order, edit))
  }
  for (const ret of order.returns) {
    facts.push(returnFact(ret, after(ret.received_at)))
  }
  for (const refund of order.refunds) {
    if (!refund.attributable) continue
    facts.push({
      kind: "refund",
      source_id: refund.id,
      at: after(refund.created_at),
      rank: RANK.refund,
      plan: (lines) => allocateRefund(roundToFen(money(refund.amount)), lines),
    })
  }
  if (order.canceled_at) {
    facts.push({
      kind: "cancellation",
      source_id: order.order_id,
      at: after(order.canceled_at),
      rank: RANK.cancellation,
      // every line gets an entry, zero or not: the order leaves the count of
      // orders for each of its partners and towns
      plan: (lines) =>
        [...lines.entries()].map(([line, state]) => ({
          line,
          quantity: -state.quantity,
          amount: state.amount.negated(),
        })),
    })
  }

  return sortFacts(facts)
}

/** Facts in the order they count: by time, then kind, then source. */
export function sortFacts(facts: Fact[]): Fact[] {
  return facts.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || a.rank - b.rank || a.source_id.localeCompare(b.source_id)
  )
}

/**
 * A receipt of a return the order no longer shows as such (its entries were
 * written when the receipt read another cumulative quantity, e.g. `ret@1`
 * before the order showed its receipts one by one): its entries are replayed
 * where they happened, and it plans nothing new.
 */
export function earlierReceipt(source_id: string, at: Date): Fact {
  return { kind: "return", source_id, at, rank: RANK.return, plan: () => [] }
}
