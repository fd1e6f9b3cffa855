import BigNumber from "bignumber.js"
import type { BuyerKind, EntryKind } from "./models/entry"

/**
 * The attribution maths of the aid ledger, free of I/O: given what an order
 * says happened (paid, edited, returns received, refunds, canceled) and the
 * entries already in the ledger for it, which entries are missing.
 *
 * Rules (docs/aid-ledger.md):
 * - only paid money counts: an order has no sale until it is paid
 *   (`paid_at`, see repositories/order-payment.ts); an unpaid order writes
 *   nothing, canceled or not.
 * - sale: at `paid_at`, every line is credited with what the buyer paid for
 *   it: the order's item total, rounded once to the fen, split over the lines
 *   by their own totals (after discounts, tax included, shipping excluded), so
 *   the parts sum exactly to the whole. The sale plans from the order's
 *   current lines, so edits confirmed before it are already in it.
 * - edit (confirmed after the sale): each line moves to its share after the
 *   edit; removed lines go to 0.
 * - return received: the returned quantity leaves the line; the money leaves
 *   with the refund that pays it back.
 * - refund: first settles returned-but-unrefunded value on the returned lines,
 *   the rest spreads over the lines in proportion to what each still holds.
 *   Refunds given for shipping only are not attributed.
 * - cancellation: every line goes back to zero.
 * No line is ever taken below zero.
 */

export const FEN = 2

export type Money = BigNumber

export function money(value: BigNumber.Value | null | undefined): Money {
  if (value === null || value === undefined || value === "") {
    return new BigNumber(0)
  }
  const result = new BigNumber(value as BigNumber.Value)
  if (!result.isFinite()) {
    throw new Error(`Not an amount: ${String(value)}`)
  }
  return result
}

export function toFen(value: Money): Money {
  return value.decimalPlaces(FEN, BigNumber.ROUND_HALF_UP)
}

/** Decimal string with exactly two decimals ("-12.50"). */
export function formatYuan(value: BigNumber.Value): string {
  const fixed = toFen(money(value)).toFixed(FEN)
  return fixed === "-0.00" ? "0.00" : fixed
}

/**
 * Splits `total` (rounded to the fen first) over `weights` in proportion,
 * by the largest-remainder method: every part is a whole number of fen and
 * the parts sum exactly to the total. Ties go to the earlier weight. With no
 * positive weight nothing can be split and every part is zero.
 */
export function splitByWeights(total: BigNumber.Value, weights: BigNumber.Value[]): Money[] {
  const totalFen = toFen(money(total)).shiftedBy(FEN)
  const w = weights.map((x) => BigNumber.max(money(x), 0))
  const sum = w.reduce((acc, x) => acc.plus(x), new BigNumber(0))
  if (sum.isZero() || totalFen.isZero()) {
    return w.map(() => new BigNumber(0))
  }
  const sign = totalFen.isNegative() ? -1 : 1
  const absFen = totalFen.abs()
  const exact = w.map((x) => absFen.times(x).div(sum))
  const floors = exact.map((x) => x.integerValue(BigNumber.ROUND_FLOOR))
  let left = absFen.minus(floors.reduce((acc, x) => acc.plus(x), new BigNumber(0))).toNumber()
  const order = exact
    .map((x, index) => ({ index, remainder: x.minus(floors[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    floors[index] = floors[index].plus(1)
    left -= 1
  }
  return floors.map((fen) => fen.shiftedBy(-FEN).times(sign))
}

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

export type OrderFacts = {
  order_id: string
  display_id: number | null
  currency_code: string
  buyer_kind: BuyerKind
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

export type LedgerEntry = {
  entry_key: string
  kind: EntryKind
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
  buyer_kind: BuyerKind
  unit_id: string | null
  customer_id: string | null
  occurred_at: Date
}

export function entryKey(kind: EntryKind, sourceId: string, lineItemId: string): string {
  return `${kind}:${sourceId}:${lineItemId}`
}

type LineState = {
  template: Pick<
    LedgerEntry,
    | "line_item_id"
    | "product_id"
    | "variant_id"
    | "product_title"
    | "variant_title"
    | "partner_id"
    | "town_id"
  >
  /** sale and edit entries only: what the buyer agreed to pay for the line */
  agreedAmount: Money
  agreedQuantity: number
  amount: Money
  quantity: number
  /** returned value not yet paid back by a refund */
  unrefundedReturn: Money
  /** units taken out per return id */
  returnedBy: Map<string, number>
}

type Fact = {
  kind: Exclude<EntryKind, "correction">
  source_id: string
  at: Date
  rank: number
  plan: (lines: Map<string, LineState>) => { line: string; quantity: number; amount: Money }[]
}

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

/**
 * The order's facts in the order they count. `saleAt` is when the sale
 * happened: the sale already in the ledger, else the payment; with none there
 * is no sale, and facts that need one plan nothing. Edits confirmed up to the
 * sale are part of it; returns, refunds and a cancellation dated before it
 * (which a paid order does not have) count right after it.
 */
function orderFacts(order: OrderFacts, saleAt: Date | null): Fact[] {
  const facts: Fact[] = []
  const itemById = new Map(order.items.map((item) => [item.id, item]))
  const after = (at: Date) => (saleAt && at.getTime() < saleAt.getTime() ? saleAt : at)

  if (saleAt) {
    facts.push({
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
    })
  }

  for (const edit of order.edits) {
    if (!saleAt || edit.confirmed_at.getTime() <= saleAt.getTime()) continue
    facts.push({
      kind: "edit",
      source_id: edit.id,
      at: edit.confirmed_at,
      rank: RANK.edit,
      plan: (lines) => {
        const shares = lineShares(order.items)
        const ids = new Set([...lines.keys(), ...order.items.map((item) => item.id)])
        const moves: { line: string; quantity: number; amount: Money }[] = []
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
    })
  }

  for (const ret of order.returns) {
    // A return can be received in several goes: each receipt (the return with
    // its quantity received so far) is its own fact and takes out what the
    // earlier receipts of that return did not.
    const received = ret.items.reduce((sum, item) => sum + Math.max(item.quantity, 0), 0)
    facts.push({
      kind: "return",
      source_id: `${ret.id}@${received}`,
      at: after(ret.received_at),
      rank: RANK.return,
      plan: (lines) => {
        const moves: { line: string; quantity: number; amount: Money }[] = []
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
    })
  }

  for (const refund of order.refunds) {
    if (!refund.attributable) continue
    facts.push({
      kind: "refund",
      source_id: refund.id,
      at: after(refund.created_at),
      rank: RANK.refund,
      plan: (lines) => allocateRefund(toFen(money(refund.amount)), lines),
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

  return facts.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || a.rank - b.rank || a.source_id.localeCompare(b.source_id)
  )
}

/**
 * A refund first pays back returned value on the returned lines, then spreads
 * over every line in proportion to what it still holds. Never below zero.
 */
export function allocateRefund(
  amount: Money,
  lines: Map<string, LineState>
): { line: string; quantity: number; amount: Money }[] {
  const ids = [...lines.keys()]
  const held = ids.map((id) => BigNumber.max(lines.get(id)!.amount, 0))
  const totalHeld = held.reduce((acc, x) => acc.plus(x), new BigNumber(0))
  let left = BigNumber.min(BigNumber.max(amount, 0), totalHeld)
  const taken = ids.map(() => new BigNumber(0))

  const returned = ids.map((id, index) =>
    BigNumber.min(lines.get(id)!.unrefundedReturn, held[index])
  )
  const totalReturned = returned.reduce((acc, x) => acc.plus(x), new BigNumber(0))
  if (left.gt(0) && totalReturned.gt(0)) {
    const first = BigNumber.min(left, totalReturned)
    splitByWeights(first, returned).forEach((part, index) => {
      taken[index] = taken[index].plus(part)
    })
    left = left.minus(first)
  }
  if (left.gt(0)) {
    const remaining = held.map((x, index) => x.minus(taken[index]))
    splitByWeights(left, remaining).forEach((part, index) => {
      taken[index] = taken[index].plus(part)
    })
  }
  return ids
    .map((line, index) => ({ line, quantity: 0, amount: taken[index].negated() }))
    .filter((move) => !move.amount.isZero())
}

function applyEntry(lines: Map<string, LineState>, entry: LedgerEntry) {
  let state = lines.get(entry.line_item_id)
  if (!state) {
    state = {
      template: {
        line_item_id: entry.line_item_id,
        product_id: entry.product_id,
        variant_id: entry.variant_id,
        product_title: entry.product_title,
        variant_title: entry.variant_title,
        partner_id: entry.partner_id,
        town_id: entry.town_id,
      },
      agreedAmount: new BigNumber(0),
      agreedQuantity: 0,
      amount: new BigNumber(0),
      quantity: 0,
      unrefundedReturn: new BigNumber(0),
      returnedBy: new Map(),
    }
    lines.set(entry.line_item_id, state)
  }
  const amount = money(entry.amount)
  if (entry.kind === "return" && entry.quantity < 0) {
    // the returned units' value waits for the refund that pays it back
    const quantity = -entry.quantity
    const value =
      quantity >= state.quantity
        ? state.amount
        : BigNumber.min(
            toFen(state.agreedAmount.div(Math.max(state.agreedQuantity, 1)).times(quantity)),
            state.amount
          )
    state.unrefundedReturn = state.unrefundedReturn.plus(BigNumber.max(value, 0))
    const returnId = entry.source_id.split("@")[0]
    state.returnedBy.set(returnId, (state.returnedBy.get(returnId) ?? 0) + quantity)
  }
  state.amount = state.amount.plus(amount)
  state.quantity += entry.quantity
  if (entry.kind === "sale" || entry.kind === "edit") {
    state.agreedAmount = state.agreedAmount.plus(amount)
    state.agreedQuantity += entry.quantity
  }
  if (entry.kind === "refund" || entry.kind === "cancellation") {
    // money paid back first settles returned value on this line
    state.unrefundedReturn = BigNumber.max(state.unrefundedReturn.plus(BigNumber.min(amount, 0)), 0)
  }
}

/**
 * The entries the ledger lacks for this order, in the order they happened.
 * `existing` are the order's entries already written; facts that already have
 * entries are replayed, not written again.
 */
export function planEntries(input: OrderFacts, existing: LedgerEntry[]): LedgerEntry[] {
  const order = withDates(input)
  const lines = new Map<string, LineState>()
  const byFact = new Map<string, LedgerEntry[]>()
  for (const entry of existing) {
    const key = `${entry.kind}:${entry.source_id}`
    byFact.set(key, [...(byFact.get(key) ?? []), entry])
  }
  const written = existing
    .filter((entry) => entry.kind === "sale")
    .map((entry) => new Date(entry.occurred_at).getTime())
  const saleAt = written.length ? new Date(Math.min(...written)) : order.paid_at
  const facts = orderFacts(order, saleAt)
  const known = new Set(facts.map((fact) => `${fact.kind}:${fact.source_id}`))
  // corrections and entries of facts the order no longer shows count first
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
      const state = lines.get(move.line)
      const item = itemById.get(move.line)
      const template = state?.template ?? {
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
        amount: formatYuan(move.amount),
        currency_code: order.currency_code,
        buyer_kind: order.buyer_kind,
        unit_id: order.unit_id,
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
  const items = toFen(
    order.items
      .filter((item) => item.quantity > 0)
      .reduce((acc, item) => acc.plus(money(item.total)), new BigNumber(0))
  )
  const refunded = order.refunds
    .filter((refund) => refund.attributable)
    .reduce((acc, refund) => acc.plus(toFen(money(refund.amount))), new BigNumber(0))
  return BigNumber.max(items.minus(refunded), 0)
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** The China-time calendar day (YYYY-MM-DD) of an instant. */
export function chinaDay(at: Date | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The China-time date and time of an instant, "YYYY-MM-DD HH:MM:SS". */
export function chinaDateTime(at: Date | string): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS)
    .toISOString()
    .slice(0, 19)
    .replace("T", " ")
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
