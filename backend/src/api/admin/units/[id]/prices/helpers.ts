import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { chinaDay } from "../../../../../shared/china-time"
import type {
  AdminNegotiatedPriceVariant,
  AdminUnitNegotiatedPricesResponse,
  NegotiatedPriceList,
  UnitPriceTier,
} from "../../../../../types/http/unit-prices"
import { pricesBySet, unitTiers } from "../../../../../workflows/unit-prices"
import { graphOneOr404 } from "../../../../utils/graph"
import { withUnitPrices } from "../../../unit-prices/helpers"

type GraphVariant = {
  id: string
  title: string | null
  sku: string | null
  price_set?: { id: string } | null
  product: { id: string; title: string }
}

/** A unit's negotiated price list as the admin shows it, or null when there is none. */
export async function negotiatedListOf(
  container: MedusaContainer,
  listId: string | null
): Promise<(NegotiatedPriceList & { starts_at: Date | null; ends_at: Date | null }) | null> {
  if (!listId) return null
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const [list] = await pricing.listPriceLists(
    { id: [listId] },
    { select: ["id", "status", "starts_at", "ends_at"], take: 1 }
  )
  if (!list) return null
  const at = (v: string | Date | null | undefined) => (v ? new Date(v) : null)
  const starts = at(list.starts_at)
  const ends = at(list.ends_at)
  return {
    id: list.id,
    status: list.status === "active" ? "active" : "draft",
    valid_from: starts ? chinaDay(starts) : null,
    valid_until: ends ? chinaDay(ends) : null,
    starts_at: starts,
    ends_at: ends,
  }
}

/** Whether Medusa applies the list now: active and inside its period. */
export const appliesNow = (
  list: { status: string; starts_at: Date | null; ends_at: Date | null } | null,
  now = new Date()
) =>
  !!list &&
  list.status === "active" &&
  (!list.starts_at || list.starts_at <= now) &&
  (!list.ends_at || now <= list.ends_at)

/** The variants' tiers in a price list (by variant id; variants without any are left out). */
export async function tiersInList(
  container: MedusaContainer,
  variants: { id: string; price_set?: { id: string } | null }[],
  listId: string
): Promise<Map<string, UnitPriceTier[]>> {
  const setIds = variants.map((v) => v.price_set?.id).filter((id): id is string => !!id)
  const prices = await pricesBySet(container, setIds)
  const byVariant = new Map<string, UnitPriceTier[]>()
  for (const v of variants) {
    const tiers = unitTiers((v.price_set && prices.get(v.price_set.id)) || [], listId)
    if (tiers.length) byVariant.set(v.id, tiers)
  }
  return byVariant
}

/** The variants priced in a list, with their product (read through the variant ↔ price set link). */
async function variantsInList(container: MedusaContainer, listId: string): Promise<GraphVariant[]> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const prices = await pricing.listPrices(
    { price_list_id: [listId] },
    { select: ["price_set_id"], take: null }
  )
  const setIds = [...new Set(prices.map((p) => (p as { price_set_id: string }).price_set_id))]
  if (!setIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_variant_price_set",
    fields: ["variant_id"],
    filters: { price_set_id: setIds },
  })
  const ids = (links as { variant_id: string }[]).map((l) => l.variant_id)
  if (!ids.length) return []
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "title", "sku", "price_set.id", "product.id", "product.title"],
    filters: { id: ids },
  })
  return (data as GraphVariant[]).sort(
    (a, b) =>
      a.product.title.localeCompare(b.product.title, "zh-CN") ||
      (a.title ?? "").localeCompare(b.title ?? "", "zh-CN")
  )
}

/** GET /admin/units/:id/prices: the unit's negotiated list and its variants (404 for no unit). */
export async function loadNegotiatedPrices(
  container: MedusaContainer,
  unitId: string
): Promise<AdminUnitNegotiatedPricesResponse> {
  const unit = await graphOneOr404<{ id: string; price_list_id: string | null }>(
    container,
    "unit",
    ["id", "price_list_id"],
    { id: unitId },
    `Unit "${unitId}" was not found`
  )
  const list = await negotiatedListOf(container, unit.price_list_id)
  if (!list) return { unit_id: unit.id, price_list: null, variants: [] }
  const graphVariants = await variantsInList(container, list.id)
  const [shared, own] = await Promise.all([
    withUnitPrices(container, graphVariants),
    tiersInList(container, graphVariants, list.id),
  ])
  const variants: AdminNegotiatedPriceVariant[] = shared.map((v, i) => ({
    ...v,
    product: graphVariants[i].product,
    negotiated_tiers: own.get(v.id) ?? [],
  }))
  const price_list: NegotiatedPriceList = {
    id: list.id,
    status: list.status,
    valid_from: list.valid_from,
    valid_until: list.valid_until,
  }
  return { unit_id: unit.id, price_list, variants }
}
