import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { chinaToday } from "../../../../../../shared/china-time"
import { fenToYuan } from "../../../../../../shared/money"
import {
  availableAt,
  orderableSkus,
  pricingContextOf,
  variantsBySku,
} from "../../../../../../workflows/bulk-order/validate/catalog"
import {
  shipsFrom,
  variantProblem,
} from "../../../../../../workflows/bulk-order/validate/check-catalog"
import { bulkPrices } from "../../../../../../workflows/bulk-order/validate/prices"
import { membershipOf } from "../../../unit-scope"
import { attachment, XLSX_TYPE } from "../input"
import { type TemplateProduct, templateWorkbook } from "./workbook"

/**
 * GET /store/units/me/bulk-orders/template → 批量下单模板.xlsx with the
 * products the unit can order today, priced for the member (one piece; the
 * next tier shown).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const membership = membershipOf(req)
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const variants = [
    ...(
      await variantsBySku(req.scope, await orderableSkus(req.scope, channels), channels)
    ).values(),
  ].filter((v) => !variantProblem(v.sku, v))
  const [available, context] = await Promise.all([
    availableAt(
      req.scope,
      variants.flatMap((v) => v.inventory.map((i) => i.inventory_item_id)),
      variants.map((v) => v.partner!.location_id).filter((l): l is string => !!l)
    ),
    pricingContextOf(req.scope, membership.customer_id),
  ])
  const prices = await bulkPrices(
    req.scope,
    new Map(variants.flatMap((v) => (v.price_set_id ? [[v.price_set_id, 1] as const] : []))),
    context
  )
  const today = chinaToday()
  const products: TemplateProduct[] = variants.flatMap((v) => {
    const price = v.price_set_id ? prices.get(v.price_set_id) : undefined
    if (!price) return []
    const free = v.inventory.length
      ? Math.min(
          ...v.inventory.map((i) =>
            Math.floor(
              (available.get(`${i.inventory_item_id}|${v.partner!.location_id}`) ?? 0) /
                i.required_quantity
            )
          )
        )
      : 0
    const ships = shipsFrom(v, today)
    return [
      {
        sku: v.sku,
        product: v.product.title,
        variant: v.title,
        net_weight_jin: v.net_weight_jin,
        partner: v.partner!.name,
        town: v.town?.name ?? "",
        unit_price: fenToYuan(price.unit_price_fen),
        next_tier: price.next_tier
          ? `满 ${price.next_tier.min_quantity} 件 ${fenToYuan(price.next_tier.unit_price_fen)} 元`
          : null,
        stock:
          !v.manage_inventory || v.allow_backorder
            ? "有货"
            : free <= 0
              ? "已售罄"
              : `${ships ? "预售" : "可售"} ${free} 件`,
        ships_from: ships,
      },
    ]
  })
  const bytes = await templateWorkbook(products)
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader("Content-Disposition", attachment("bulk-order-template.xlsx", "批量下单模板.xlsx"))
  res.status(200).send(bytes)
}
