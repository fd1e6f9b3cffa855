import type { ProviderBillRow } from "../../shared/payment-bill"
import type { DifferenceDirection, DifferenceKind } from "../../types/http/payment-reconciliations"

/** A capture or refund as the shop recorded it, in integer fen. */
export type ShopBillRow = {
  direction: DifferenceDirection
  out_trade_no: string
  amount_fen: number
  payment_id: string
  order_id: string | null
  display_id: number | null
}

export type BillDifference = {
  kind: DifferenceKind
  direction: DifferenceDirection
  out_trade_no: string
  transaction_id: string | null
  bill_fen: number | null
  shop_fen: number | null
  payment_id: string | null
  order_id: string | null
  display_id: number | null
}

type Side = { fen: number; transaction_id: string | null; shop: ShopBillRow | null }

function sumBy<T>(
  rows: T[],
  key: (row: T) => string,
  add: (side: Side | undefined, row: T) => Side
): Map<string, Side> {
  const sums = new Map<string, Side>()
  for (const row of rows) sums.set(key(row), add(sums.get(key(row)), row))
  return sums
}

/**
 * One day's bill against the shop's captures and refunds of the same day.
 * Payments and refunds are compared per `out_trade_no`, refunds by their sum
 * (a payment refunded twice in a day is two lines on both sides). Pure.
 */
export function compareBill(bill: ProviderBillRow[], shop: ShopBillRow[]): BillDifference[] {
  const differences: BillDifference[] = []
  for (const direction of ["payment", "refund"] as const) {
    const billSide = sumBy(
      bill.filter((r) => r.kind === direction),
      (r) => r.out_trade_no,
      (side, r) => ({
        fen: (side?.fen ?? 0) + r.amount_fen,
        transaction_id: side?.transaction_id ?? r.transaction_id,
        shop: null,
      })
    )
    const shopSide = sumBy(
      shop.filter((r) => r.direction === direction),
      (r) => r.out_trade_no,
      (side, r) => ({ fen: (side?.fen ?? 0) + r.amount_fen, transaction_id: null, shop: r })
    )
    const keys = [...new Set([...billSide.keys(), ...shopSide.keys()])].sort()
    for (const key of keys) {
      const b = billSide.get(key)
      const s = shopSide.get(key)
      if (b && s && b.fen === s.fen) continue
      differences.push({
        kind: !s ? "missing_in_shop" : !b ? "missing_in_bill" : "amount_mismatch",
        direction,
        out_trade_no: key,
        transaction_id: b?.transaction_id ?? null,
        bill_fen: b?.fen ?? null,
        shop_fen: s?.fen ?? null,
        payment_id: s?.shop?.payment_id ?? null,
        order_id: s?.shop?.order_id ?? null,
        display_id: s?.shop?.display_id ?? null,
      })
    }
  }
  return differences
}

/** Net fen of a day: payments minus refunds. */
export function netFen(
  rows: { direction?: DifferenceDirection; kind?: string; amount_fen: number }[]
) {
  return rows.reduce(
    (sum, r) => ((r.direction ?? r.kind) === "refund" ? sum - r.amount_fen : sum + r.amount_fen),
    0
  )
}
