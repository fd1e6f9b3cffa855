import type { Metadata } from "next"
import { listProductsById } from "@/lib/data/products"
import { listAllMyUnitPrices } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { unitMemberFor } from "@/lib/unit/member"
import { UnitPricesTemplate } from "@/modules/unit/templates/unit-prices-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("unit.prices.title"), robots: { index: false } }

/** The unit's prices: each product's unit tiers and the unit's 协议价 (every member). */
export default async function UnitPricesPage() {
  const { customer, membership } = await unitMemberFor("/unit/prices")
  const prices = membership.unit.status === "verified" ? await listAllMyUnitPrices() : []
  const ids = [...new Set(prices.map((p) => p.product_id))]
  const products = ids.length ? await listProductsById(ids) : []
  return (
    <UnitPricesTemplate
      customer={customer}
      membership={membership}
      prices={prices}
      products={products}
    />
  )
}
