/**
 * The catalogue's rules of a bulk order's rows: the SKU exists and its
 * product is published in the store's sales channel, its farm supplies it
 * and has a stock location; the sum per SKU over all rows stays within what
 * is available there (stocked − reserved), reported on the rows that push it
 * over; a pre-sale product carries its ship date.
 */
import type { BulkRowError } from "../../../types/http/bulk-order"
import type { CatalogVariant } from "./catalog"

const STATUS_WORDS: Record<string, string> = {
  draft: "是草稿",
  proposed: "待审核",
  rejected: "已被驳回",
}

/** Why the variant cannot be ordered now, or null. */
export function variantProblem(sku: string, v: CatalogVariant | undefined): string | null {
  if (!v) return `商品编码「${sku}」不存在，请从模板的「商品清单」复制`
  const name = `「${v.product.title}」（${sku}）`
  if (v.product.status !== "published")
    return `商品${name}${STATUS_WORDS[v.product.status] ?? "未上架"}，不能下单`
  if (!v.product.in_channel) return `商品${name}不在本店销售`
  if (!v.partner || !v.partner.is_active) return `商品${name}的供货农场已停止供货`
  if (!v.partner.location_id && v.manage_inventory) return `商品${name}暂未设置发货仓，不能下单`
  return null
}

/** The ship date of a product sold ahead of its harvest (a day after `today`), else null. */
export function shipsFrom(v: CatalogVariant, today: string): string | null {
  const day = v.product.presale_ships_from
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today ? day : null
}

/**
 * Stock over all rows (in row order): each row's quantity adds to its
 * variant's inventory items at the partner's location; the rows from which
 * the sum exceeds what is available get an error on their quantity.
 */
export function stockErrors(
  rows: { row: number; sku: string; quantity: number; variant: CatalogVariant }[],
  available: Map<string, number>,
  today: string
): BulkRowError[] {
  const errors: BulkRowError[] = []
  const used = new Map<string, number>()
  for (const r of rows) {
    const v = r.variant
    if (!v.manage_inventory || v.allow_backorder) continue
    let message: string | null = null
    for (const item of v.inventory) {
      const key = `${item.inventory_item_id}|${v.partner?.location_id}`
      const sum = (used.get(key) ?? 0) + r.quantity * item.required_quantity
      used.set(key, sum)
      const free = available.get(key) ?? 0
      if (sum > free && !message) {
        const what = shipsFrom(v, today) ? "预售名额" : "可售库存"
        message =
          free === 0
            ? `「${v.product.title}」（${r.sku}）已售罄`
            : `「${v.product.title}」（${r.sku}）${what} ${free} 件，到本行累计 ${sum} 件，超出 ${sum - free} 件`
      }
    }
    if (!v.inventory.length) message = `「${v.product.title}」（${r.sku}）没有库存记录，不能下单`
    if (message) errors.push({ row: r.row, field: "quantity", message })
  }
  return errors
}
