/**
 * A bulk order's money, pure and in whole fen: each parcel's shipping by
 * shared/freight.ts (one parcel per recipient; a parcel mixing ambient and
 * cold-chain goods ships as one parcel per class), and the totals by product
 * (with the tier reached and the next one), by partner and by town.
 */
import type {
  BulkProductTotal,
  BulkRowResolved,
  BulkTotals,
  BulkTotalsLine,
} from "../../../types/http/bulk-order"
import {
  EXPRESS_MAX_GRAMS,
  expressFen,
  type FreightClass,
  freightFen,
} from "../../../shared/freight"
import { fenToYuan } from "../../../shared/money"
import type { VariantPrice } from "./prices"

/** A resolved row with what pricing and shipping need. */
export type PricedLine = {
  resolved: BulkRowResolved
  parcel: string
  storage: FreightClass
  weight_grams: number
  unit_price_fen: number
  price: VariantPrice
}

/** The type codes of the shipping options a parcel of each class goes by. */
export const SHIPPING_TYPE_CODES = {
  express: { ambient: "standard", cold_chain: "cold-chain" },
  freight: { ambient: "freight", cold_chain: "freight-chilled" },
} as const

export type ParcelPart = { parcel: string; storage: FreightClass; grams: number; item_fen: number }

/** The parcels' parts (one per parcel and storage class) of these lines. */
export function parcelParts(
  lines: {
    parcel: string
    storage: FreightClass
    weight_grams: number
    quantity: number
    line_fen: number
  }[]
): ParcelPart[] {
  const parts = new Map<string, ParcelPart>()
  for (const l of lines) {
    const key = `${l.parcel}#${l.storage}`
    const part = parts.get(key) ?? { parcel: l.parcel, storage: l.storage, grams: 0, item_fen: 0 }
    part.grams += l.weight_grams * l.quantity
    part.item_fen += l.line_fen
    parts.set(key, part)
  }
  return [...parts.values()]
}

/** A part's shipping in fen: express while light enough, else freight (null when no freight option exists). */
export function partShippingFen(part: ParcelPart, codes: Set<string>): number | null {
  if (part.grams <= EXPRESS_MAX_GRAMS) return expressFen(part.storage, part.grams, part.item_fen)
  if (!codes.has(SHIPPING_TYPE_CODES.freight[part.storage])) return null
  return freightFen(part.storage, part.grams)
}

function addTo(
  map: Map<string, BulkTotalsLine & { fen: number }>,
  id: string,
  label: string,
  q: number,
  fen: number
) {
  const line = map.get(id) ?? { id, label, quantity: 0, amount: "0.00", fen: 0 }
  line.quantity += q
  line.fen += fen
  map.set(id, line)
}

const finish = (map: Map<string, BulkTotalsLine & { fen: number }>): BulkTotalsLine[] =>
  [...map.values()].map(({ fen, ...line }) => ({ ...line, amount: fenToYuan(fen) }))

/** The totals of the valid lines. */
export function bulkTotals(lines: PricedLine[], currency: string, codes: Set<string>): BulkTotals {
  const products = new Map<string, BulkTotalsLine & { fen: number }>()
  const productInfo = new Map<string, PricedLine>()
  const partners = new Map<string, BulkTotalsLine & { fen: number }>()
  const towns = new Map<string, BulkTotalsLine & { fen: number }>()
  let itemFen = 0
  let quantity = 0
  for (const l of lines) {
    const r = l.resolved
    const fen = l.unit_price_fen * r.quantity
    itemFen += fen
    quantity += r.quantity
    addTo(products, r.variant_id, `${r.product_title} ${r.variant_title}`.trim(), r.quantity, fen)
    productInfo.set(r.variant_id, l)
    addTo(partners, r.partner_id, r.partner_name, r.quantity, fen)
    addTo(towns, r.town_id, r.town_name, r.quantity, fen)
  }
  const parts = parcelParts(
    lines.map((l) => ({
      ...l,
      quantity: l.resolved.quantity,
      line_fen: l.unit_price_fen * l.resolved.quantity,
    }))
  )
  const shippingFen = parts.reduce((sum, p) => sum + (partShippingFen(p, codes) ?? 0), 0)
  const byProduct: BulkProductTotal[] = finish(products).map((line) => {
    const l = productInfo.get(line.id)!
    return {
      ...line,
      sku: l.resolved.sku,
      unit_price: fenToYuan(l.unit_price_fen),
      tier_min_quantity: l.price.tier_min_quantity,
      next_tier: l.price.next_tier
        ? {
            min_quantity: l.price.next_tier.min_quantity,
            unit_price: fenToYuan(l.price.next_tier.unit_price_fen),
          }
        : null,
    }
  })
  return {
    currency_code: currency,
    parcels: new Set(lines.map((l) => l.parcel)).size,
    quantity,
    item_total: fenToYuan(itemFen),
    shipping_total: fenToYuan(shippingFen),
    total: fenToYuan(itemFen + shippingFen),
    by_product: byProduct,
    by_partner: finish(partners),
    by_town: finish(towns),
  }
}
