"use server"

import type { ReactNode } from "react"
import { z } from "zod"
import { cartItemCount } from "@/lib/data/cart"
import { getProduct } from "@/lib/data/products"
import { listMyCardUnitPrices } from "@/lib/data/units"
import { CartLink } from "@/modules/layout/components/cart-link"
import { CardUnitPrice } from "@/modules/products/components/card-unit-price"
import { UnitPriceTiers } from "@/modules/products/components/unit-price-tiers"

/**
 * The parts of a cached page that belong to one visitor, rendered on the
 * server with the visitor's own cookies and never cached: the pages served
 * from Next's cache (home, catalog, product, town, partner) are the same for
 * everyone and ask for these from the browser (modules/common/components/buyer-part.tsx).
 */

const productIds = z.array(z.string().regex(/^prod_[0-9A-Za-z]{1,60}$/)).max(100)
const handle = z.string().trim().min(1).max(200)

/** The header's cart link with the number of units in the visitor's cart. */
export async function readCartLink(): Promise<ReactNode> {
  return <CartLink count={await cartItemCount()} />
}

/** The cards' "单位价 ¥xx 起" of the given products for a member of a verified unit (none for anyone else). */
export async function readCardUnitPrices(ids: string[]): Promise<Record<string, ReactNode>> {
  const parsed = productIds.safeParse(ids)
  if (!parsed.success) return {}
  const prices = await listMyCardUnitPrices(parsed.data)
  return Object.fromEntries(
    [...prices].map(([id, price]) => [id, <CardUnitPrice key={id} price={price} />])
  )
}

/** A product page's unit tiers and 协议价 for a member of a verified unit (nothing for anyone else). */
export async function readProductUnitPrices(productHandle: string): Promise<ReactNode> {
  const parsed = handle.safeParse(productHandle)
  if (!parsed.success) return null
  const product = await getProduct(parsed.data)
  return product ? <UnitPriceTiers product={product} /> : null
}
