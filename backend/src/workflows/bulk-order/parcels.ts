/**
 * A bulk order's rows as parcels (one Medusa order each): pure, money in
 * whole fen. Rows to the same recipient at the same address make one parcel
 * (with one delivery address for the whole order, every row does); a
 * variant's rows in a parcel make one line. A parcel is priced with
 * shared/freight.ts per storage class: express up to its limit, freight above.
 */
import { expressFen, type FreightClass, freightFen, parcelGrams } from "../../shared/freight"
import { yuanToFen } from "../../shared/money"
import type { BulkRowResolved } from "../../types/http/bulk-order"

/** What the shop knows of a variant the rows name. */
export type BulkVariantFacts = {
  id: string
  weight_grams: number | null
  freight_class: FreightClass
  inventory_item_id: string | null
  required_quantity: number
  location_id: string | null
}

/** The shipping options a parcel may use, by class and service (null: not offered). */
export type BulkShippingOptions = Record<
  FreightClass,
  Record<"express" | "freight", { id: string; name: string } | null>
>

export type ParcelLine = {
  variant_id: string
  product_id: string
  sku: string
  title: string
  product_title: string
  variant_title: string
  quantity: number
  unit_price_fen: number
  rows: number[]
  note: string | null
}

export type ParcelShipping = {
  shipping_option_id: string
  name: string
  freight_class: FreightClass
  service: "express" | "freight"
  amount_fen: number
  weight_grams: number
}

export type Parcel = {
  key: string
  first: BulkRowResolved
  lines: ParcelLine[]
  shipping: ParcelShipping[]
  item_total_fen: number
  shipping_total_fen: number
  total_fen: number
}

export class ParcelError extends Error {
  constructor(
    message: string,
    readonly row: number
  ) {
    super(message)
  }
}

export const TOO_HEAVY = "超过快递重量上限，请联系客服报价"

/** The rows that make one parcel: the same recipient at the same address. */
export const keyOf = (r: BulkRowResolved) =>
  [r.recipient, r.mobile, r.province_code, r.city_code, r.district_code, r.address].join("\u0001")

function shippingOf(
  lines: ParcelLine[],
  variants: Map<string, BulkVariantFacts>,
  options: BulkShippingOptions
): ParcelShipping[] {
  const byClass = new Map<FreightClass, ParcelLine[]>()
  for (const line of lines) {
    const cls = variants.get(line.variant_id)!.freight_class
    byClass.set(cls, [...(byClass.get(cls) ?? []), line])
  }
  return [...byClass].map(([cls, own]) => {
    const grams = parcelGrams(
      own.map((l) => ({
        weight_grams: variants.get(l.variant_id)!.weight_grams,
        quantity: l.quantity,
      }))
    )
    const itemFen = own.reduce((sum, l) => sum + l.unit_price_fen * l.quantity, 0)
    const express = expressFen(cls, grams, itemFen)
    const service = express === null ? "freight" : "express"
    const option = options[cls][service]
    if (!option) throw new ParcelError(TOO_HEAVY, own[0].rows[0])
    return {
      shipping_option_id: option.id,
      name: option.name,
      freight_class: cls,
      service,
      amount_fen: express ?? freightFen(cls, grams),
      weight_grams: grams,
    }
  })
}

/** The rows as parcels, in the order their first row appears. */
export function parcelsOf(
  rows: BulkRowResolved[],
  variants: Map<string, BulkVariantFacts>,
  options: BulkShippingOptions
): Parcel[] {
  const grouped = new Map<string, BulkRowResolved[]>()
  for (const row of rows) grouped.set(keyOf(row), [...(grouped.get(keyOf(row)) ?? []), row])
  return [...grouped].map(([key, own]) => {
    const lines = new Map<string, ParcelLine>()
    for (const row of own) {
      const fen = yuanToFen(row.unit_price)
      if (fen === null) throw new ParcelError(`单价无效：${row.unit_price}`, row.row)
      const line = lines.get(row.variant_id)
      if (line) {
        line.quantity += row.quantity
        line.rows.push(row.row)
        continue
      }
      lines.set(row.variant_id, {
        variant_id: row.variant_id,
        product_id: row.product_id,
        sku: row.sku,
        title: row.variant_title ? `${row.product_title} ${row.variant_title}` : row.product_title,
        product_title: row.product_title,
        variant_title: row.variant_title,
        quantity: row.quantity,
        unit_price_fen: fen,
        rows: [row.row],
        note: row.note,
      })
    }
    const list = [...lines.values()]
    const shipping = shippingOf(list, variants, options)
    const item_total_fen = list.reduce((sum, l) => sum + l.unit_price_fen * l.quantity, 0)
    const shipping_total_fen = shipping.reduce((sum, s) => sum + s.amount_fen, 0)
    return {
      key,
      first: own[0],
      lines: list,
      shipping,
      item_total_fen,
      shipping_total_fen,
      total_fen: item_total_fen + shipping_total_fen,
    }
  })
}

/**
 * The parcels with their shipping set to `totalFen` in all (a quote's
 * shipping): shared over every parcel's shipping lines in proportion to
 * what the shop would charge (evenly when it charges nothing), in whole fen,
 * the remainder going one fen at a time to the largest shares first, so the
 * parcels' shipping adds up to exactly `totalFen`.
 */
export function withShippingTotal(parcels: Parcel[], totalFen: number): Parcel[] {
  const slots = parcels.flatMap((p, pi) =>
    p.shipping.map((s, si) => ({ pi, si, weight: s.amount_fen }))
  )
  if (!slots.length) return parcels
  const weights = slots.map((s) => s.weight)
  const whole = weights.reduce((sum, w) => sum + w, 0)
  const shares = whole > 0 ? weights : weights.map(() => 1)
  const base = whole > 0 ? whole : slots.length
  const exact = shares.map((w) => (BigInt(w) * BigInt(totalFen)) / BigInt(base))
  let left = totalFen - exact.reduce((sum, a) => sum + Number(a), 0)
  const order = shares
    .map((w, i) => ({ i, rest: (BigInt(w) * BigInt(totalFen)) % BigInt(base) }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1))
  const amounts = exact.map(Number)
  for (const { i } of order) {
    if (left <= 0) break
    amounts[i] += 1
    left -= 1
  }
  return parcels.map((parcel, pi) => {
    const shipping = parcel.shipping.map((s, si) => ({
      ...s,
      amount_fen: amounts[slots.findIndex((slot) => slot.pi === pi && slot.si === si)],
    }))
    const shipping_total_fen = shipping.reduce((sum, s) => sum + s.amount_fen, 0)
    return {
      ...parcel,
      shipping,
      shipping_total_fen,
      total_fen: parcel.item_total_fen + shipping_total_fen,
    }
  })
}
