/**
 * validateBulkOrder: every row of a bulk order checked at once, nothing
 * written. The preview route answers its result; the create route calls it
 * first and creates nothing unless `valid`.
 *
 * Errors are `{ row, field, message }` (Chinese), one per row and field, all
 * of them: row 0 with field "file" for the file itself; row 1 (the header
 * row, never a data row) for the order's one delivery address; the file's
 * row numbers otherwise (JSON rows count from 2, as in the template).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  BULK_ROW_COLUMNS,
  type BulkRowError,
  type StoreBulkOrderBody,
  type StoreBulkOrderPreviewResponse,
} from "../../../types/http/bulk-order"
import {
  bulkDuplicateKey,
  bulkParcelKey,
  checkBulkAddress,
  checkBulkRow,
  type BulkFieldProblem,
  type CheckedAddress,
  type CheckedRow,
} from "../../../shared/bulk-rows"
import { chinaToday } from "../../../shared/china-time"
import { fenToYuan } from "../../../shared/money"
import type { UnitMembership } from "../../../modules/unit/service"
import { availableAt, pricingContextOf, shippingTypeCodes, variantsBySku } from "./catalog"
import { shipsFrom, stockErrors, variantProblem } from "./check-catalog"
import { bulkPrices } from "./prices"
import { type BulkSheet, rowsOfBody } from "./read-rows"
import { bulkTotals, parcelParts, partShippingFen, type PricedLine } from "./totals"

export { readBulkFile, rowsOfBody, rowsOfSheet, BULK_SHEET_NAME, type BulkSheet } from "./read-rows"

/** The header row's number: the errors of the order's one delivery address carry it. */
export const DELIVERY_ROW = 1

export type ValidateBulkOrderInput = {
  unit: { id: string }
  member: Pick<UnitMembership, "customer_id">
  body: StoreBulkOrderBody
  /** the uploaded file's rows (else `body.rows`) */
  sheet?: BulkSheet
  /** the store's sales channels (the publishable key's); empty: any */
  sales_channel_ids?: string[]
  now?: Date
}

const columnRank = (field: BulkRowError["field"]) =>
  field === null || field === "file" ? -1 : BULK_ROW_COLUMNS.indexOf(field)

/** Each row's first error per field, ordered by row and column. */
function tidy(errors: BulkRowError[]): BulkRowError[] {
  const seen = new Set<string>()
  return errors
    .filter((e) => {
      const key = `${e.row}|${e.field}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.row - b.row || columnRank(a.field) - columnRank(b.field))
}

const emptyPreview = (errors: BulkRowError[]): StoreBulkOrderPreviewResponse => ({
  valid: false,
  rows: [],
  errors: tidy(errors),
  totals: {
    currency_code: "cny",
    parcels: 0,
    quantity: 0,
    item_total: "0.00",
    shipping_total: "0.00",
    total: "0.00",
    by_product: [],
    by_partner: [],
    by_town: [],
  },
})

export async function validateBulkOrder(
  scope: MedusaContainer,
  input: ValidateBulkOrderInput
): Promise<StoreBulkOrderPreviewResponse> {
  const { body } = input
  const sheet = input.sheet ?? rowsOfBody(body.rows ?? [])
  if (sheet.errors.some((e) => e.field === "file")) return emptyPreview(sheet.errors)
  const errors: BulkRowError[] = [...sheet.errors]
  const push = (row: number, problems: BulkFieldProblem[]) =>
    problems.forEach((p) => errors.push({ row, field: p.field, message: p.message }))

  // the order's one delivery address, checked once
  let delivery: CheckedAddress | null = null
  if (body.delivery) {
    const problems: BulkFieldProblem[] = []
    delivery = checkBulkAddress(body.delivery, problems)
    push(
      DELIVERY_ROW,
      problems.map((p) => ({ ...p, message: `统一收货地址：${p.message}` }))
    )
  }
  const oneAddress = !!body.delivery

  // each row's own fields, and duplicates of an earlier row
  type Candidate = { row: number; sku: string; quantity: number; checked: CheckedRow | null }
  const candidates: Candidate[] = []
  const firstOf = new Map<string, number>()
  for (const { row, values } of sheet.rows) {
    const result = checkBulkRow(values, oneAddress)
    push(row, result.problems)
    if (result.row) {
      const key = bulkDuplicateKey(result.row)
      const first = firstOf.get(key)
      if (first !== undefined) {
        errors.push({
          row,
          field: null,
          message: oneAddress
            ? `与第 ${first} 行的商品重复，请合并为一行并填写总数量`
            : `与第 ${first} 行重复（同一收货人、手机号、地址和商品），如需多件请合并数量`,
        })
      } else firstOf.set(key, row)
    }
    if (result.sku && result.quantity)
      candidates.push({ row, sku: result.sku, quantity: result.quantity, checked: result.row })
  }

  // the catalogue: one query for every SKU, then stock at the partners' locations
  const today = chinaToday(input.now)
  const variants = await variantsBySku(
    scope,
    [...new Set(candidates.map((c) => c.sku))],
    input.sales_channel_ids ?? []
  )
  const orderable = candidates.flatMap((c) => {
    const problem = variantProblem(c.sku, variants.get(c.sku))
    if (problem) errors.push({ row: c.row, field: "sku", message: problem })
    return problem ? [] : [{ ...c, variant: variants.get(c.sku)! }]
  })
  const available = await availableAt(
    scope,
    [...new Set(orderable.flatMap((c) => c.variant.inventory.map((i) => i.inventory_item_id)))],
    [
      ...new Set(
        orderable.map((c) => c.variant.partner?.location_id).filter((l): l is string => !!l)
      ),
    ]
  )
  errors.push(...stockErrors(orderable, available, today))

  // prices for the order's quantity of each variant (rows without an error so far)
  const bad = new Set(errors.map((e) => e.row))
  const good = orderable.filter((c) => !bad.has(c.row) && c.checked && !bad.has(DELIVERY_ROW))
  const quantities = new Map<string, number>()
  for (const c of good) {
    const id = c.variant.price_set_id
    if (id) quantities.set(id, (quantities.get(id) ?? 0) + c.quantity)
  }
  const [context, codes] = await Promise.all([
    pricingContextOf(scope, input.member.customer_id),
    shippingTypeCodes(scope),
  ])
  const prices = await bulkPrices(scope, quantities, context)
  const lines: PricedLine[] = []
  for (const c of good) {
    const v = c.variant
    const price = v.price_set_id ? prices.get(v.price_set_id) : undefined
    if (!price) {
      errors.push({
        row: c.row,
        field: "sku",
        message: `「${v.product.title}」（${c.sku}）暂无价格，不能下单`,
      })
      continue
    }
    const a = (oneAddress ? delivery : c.checked!.address)!
    lines.push({
      parcel: bulkParcelKey(oneAddress ? null : a),
      storage: v.product.storage,
      weight_grams: v.weight_grams,
      unit_price_fen: price.unit_price_fen,
      price,
      resolved: {
        row: c.row,
        recipient: a.recipient,
        mobile: a.mobile,
        province: a.region.province.name,
        city: a.region.city.name,
        district: a.region.district.name,
        province_code: a.region.province.code,
        city_code: a.region.city.code,
        district_code: a.region.district.code,
        address: a.address,
        sku: c.sku,
        quantity: c.quantity,
        note: c.checked!.note,
        variant_id: v.id,
        product_id: v.product.id,
        product_title: v.product.title,
        variant_title: v.title,
        partner_id: v.partner!.id,
        partner_name: v.partner!.name,
        town_id: v.town?.id ?? "",
        town_name: v.town?.name ?? "",
        unit_price: fenToYuan(price.unit_price_fen),
        line_total: fenToYuan(price.unit_price_fen * c.quantity),
        ships_from: shipsFrom(v, today),
      },
    })
  }

  // parcels over the express limit need a freight option
  const parts = parcelParts(
    lines.map((l) => ({
      ...l,
      quantity: l.resolved.quantity,
      line_fen: l.unit_price_fen * l.resolved.quantity,
    }))
  )
  for (const part of parts.filter((p) => partShippingFen(p, codes) === null)) {
    for (const l of lines.filter((x) => x.parcel === part.parcel && x.storage === part.storage)) {
      errors.push({
        row: l.resolved.row,
        field: "quantity",
        message: "超过快递重量上限，请联系客服报价",
      })
    }
  }

  const final = tidy(errors)
  const rowsWithErrors = new Set(final.map((e) => e.row))
  const valid = lines.filter((l) => !rowsWithErrors.has(l.resolved.row))
  return {
    valid: final.length === 0 && valid.length > 0,
    rows: valid.map((l) => l.resolved),
    errors: final,
    totals: bulkTotals(valid, context.currency_code, codes),
  }
}
