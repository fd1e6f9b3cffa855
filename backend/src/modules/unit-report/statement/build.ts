import { createHash, randomBytes } from "node:crypto"
import { fenToYuan, parseFen } from "../../../shared/money"
import { STATEMENT_CODE_ALPHABET, STATEMENT_CODE_LENGTH } from "../../../shared/unit-report"
import type {
  UnitStatementOrder,
  UnitStatementPartner,
  UnitStatementTown,
} from "../../../types/http/unit-report"
import type { UnitLedgerRow } from "../repositories/unit-ledger"

/** What a statement prints, computed from the ledger's rows (exact, in fen). */
export type StatementContent = {
  total: string
  paid_total: string
  refunded_total: string
  towns: UnitStatementTown[]
  partners: UnitStatementPartner[]
  orders: UnitStatementOrder[]
}

/** Names of the towns and partners the rows name; a missing one prints as `unknown`. */
export type StatementNames = {
  towns: Map<string, string>
  partners: Map<string, string>
  unknown: string
}

const ZERO = BigInt(0)
const fenOf = (row: UnitLedgerRow) => parseFen(row.amount) ?? ZERO

/** A fresh verification code: 100 random bits (crypto) in Crockford's base32. */
export function newStatementCode(): string {
  const bytes = randomBytes(13)
  let bits = BigInt(`0x${bytes.toString("hex")}`) >> BigInt(4)
  let code = ""
  for (let i = 0; i < STATEMENT_CODE_LENGTH; i++) {
    code = STATEMENT_CODE_ALPHABET[Number(bits & BigInt(31))] + code
    bits >>= BigInt(5)
  }
  return code
}

/** The ledger rows' fingerprint, as `UnitLedgerRepository.fingerprint` computes it in SQL. */
export function ledgerFingerprint(rows: Pick<UnitLedgerRow, "id" | "amount">[]): string {
  const text = rows
    .map((row) => [row.id, row.amount] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, amount]) => `${id}:${amount}`)
    .join(",")
  return createHash("sha256").update(text, "utf8").digest("hex")
}

function sumBy<T>(rows: UnitLedgerRow[], keyOf: (row: UnitLedgerRow) => T) {
  const sums = new Map<T, bigint>()
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? ZERO) + fenOf(row))
  return sums
}

/** Largest amount first, then by name. */
const byAmount = <R extends { name: string; fen: bigint }>(a: R, b: R) =>
  a.fen === b.fen ? a.name.localeCompare(b.name, "zh-CN") : a.fen > b.fen ? -1 : 1

/**
 * The statement's figures from the unit's ledger rows of the period: totals
 * by town and by partner (net), every order with the day of its first entry,
 * what was paid (positive entries) and refunded (negative ones: refunds,
 * cancellations, edits that lowered a line), and the net total. Every figure
 * is summed in whole fen, so the parts add up exactly to the total.
 */
export function buildStatement(rows: UnitLedgerRow[], names: StatementNames): StatementContent {
  let paid = ZERO
  let refunded = ZERO
  const orders = new Map<string, UnitStatementOrder & { paidFen: bigint; refundedFen: bigint }>()
  for (const row of rows) {
    const fen = fenOf(row)
    if (fen >= ZERO) paid += fen
    else refunded -= fen
    const order = orders.get(row.order_id) ?? {
      order_id: row.order_id,
      display_id: row.order_display_id,
      date: row.day,
      paid: "0.00",
      refunded: "0.00",
      net: "0.00",
      paidFen: ZERO,
      refundedFen: ZERO,
    }
    if (fen >= ZERO) order.paidFen += fen
    else order.refundedFen -= fen
    orders.set(row.order_id, order)
  }
  const towns = [...sumBy(rows, (r) => r.town_id)].map(([id, fen]) => ({
    id,
    fen,
    name: (id && names.towns.get(id)) || names.unknown,
  }))
  const partners = [...sumBy(rows, (r) => r.partner_id)].map(([id, fen]) => ({
    id,
    fen,
    name: (id && names.partners.get(id)) || names.unknown,
  }))
  return {
    total: fenToYuan(paid - refunded),
    paid_total: fenToYuan(paid),
    refunded_total: fenToYuan(refunded),
    towns: towns
      .sort(byAmount)
      .map((t) => ({ town_id: t.id, name: t.name, amount: fenToYuan(t.fen) })),
    partners: partners
      .sort(byAmount)
      .map((p) => ({ partner_id: p.id, name: p.name, amount: fenToYuan(p.fen) })),
    orders: [...orders.values()].map(({ paidFen, refundedFen, ...order }) => ({
      ...order,
      paid: fenToYuan(paidFen),
      refunded: fenToYuan(refundedFen),
      net: fenToYuan(paidFen - refundedFen),
    })),
  }
}
