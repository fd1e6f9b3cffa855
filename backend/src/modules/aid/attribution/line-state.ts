import BigNumber from "bignumber.js"
import { type Money, money, roundToFen, splitByWeights } from "../../../shared/money"
import type { LedgerEntry, Move } from "./types"

/** What one order line holds in the ledger so far, replayed from its entries. */
export type LineState = {
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

export type Lines = Map<string, LineState>

/** Adds one entry to the state of its line (created on its first entry). */
export function applyEntry(lines: Lines, entry: LedgerEntry) {
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
            roundToFen(state.agreedAmount.div(Math.max(state.agreedQuantity, 1)).times(quantity)),
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
 * A refund first pays back returned value on the returned lines, then spreads
 * over every line in proportion to what it still holds. Never below zero.
 */
export function allocateRefund(amount: Money, lines: Lines): Move[] {
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
