/**
 * The rules of one bulk-order row (批量下单), pure: what the buyer typed in a
 * cell (text or a spreadsheet number) checked field by field, every problem
 * reported with a Chinese message that says what to fix. The server checks
 * every row with them (workflows/bulk-order/validate); the storefront may
 * check a row before upload with the same rules.
 */
import type { BulkRowColumn, BulkRowInput } from "../types/http/bulk-order"
import { ADDRESS_FORM_LIMITS } from "./address"
import { MOBILE } from "./contact"
import { resolveRegion, type ResolvedRegion } from "./regions"
import { CONTROL_CHARACTER, TEXT_CONTROL_CHARACTER } from "./text"

/** At most this many data rows in one bulk order. */
export const BULK_MAX_ROWS = 5000
/** Quantity of one row: a whole number from 1 to this. */
export const BULK_MAX_QUANTITY = 9999
export const BULK_LIMITS = {
  recipient: ADDRESS_FORM_LIMITS.recipient,
  address: ADDRESS_FORM_LIMITS.detail,
  sku: 64,
  note: 200,
  po_number: 64,
} as const

/** The address columns, left empty when the whole order has one delivery address. */
export const BULK_ADDRESS_COLUMNS = [
  "recipient",
  "mobile",
  "province",
  "city",
  "district",
  "address",
] as const satisfies readonly BulkRowColumn[]

export type BulkFieldProblem = { field: BulkRowColumn; message: string }

export type CheckedAddress = {
  recipient: string
  mobile: string
  region: ResolvedRegion
  address: string
}

export type CheckedRow = {
  address: CheckedAddress | null
  sku: string
  quantity: number
  note: string | null
}

/** A cell as text: trimmed; a spreadsheet number as written (no exponent for long numbers). */
export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") {
    return Number.isInteger(value) ? BigInt(Math.trunc(value)).toString() : String(value)
  }
  return String(value).trim()
}

const FULL_WIDTH_DIGIT = /[０-９]/

/** A plain single line within `max` characters: null when fine, else the problem. */
function lineProblem(label: string, value: string, max: number): string | null {
  if (CONTROL_CHARACTER.test(value)) return `${label}含有换行、制表符或控制字符，请改为一行文字`
  if (value.length > max) return `${label}超过 ${max} 个字符（现有 ${value.length} 个）`
  return null
}

/** The mobile as typed, or why it is not an 11-digit mainland mobile (saying what to fix). */
export function checkBulkMobile(raw: string): { mobile: string } | { message: string } {
  const value = raw.trim()
  if (!value) return { message: "手机号为空" }
  if (MOBILE.test(value)) return { mobile: value }
  if (FULL_WIDTH_DIGIT.test(value))
    return { message: `手机号「${value}」含全角数字，请改为半角数字（如 13800138000）` }
  const compact = value.replace(/[\s\-—－]/g, "")
  if (/^\+?86/.test(compact) && MOBILE.test(compact.replace(/^\+?86/, "")))
    return { message: `手机号「${value}」请去掉 +86 区号，只填 11 位手机号` }
  if (compact !== value && MOBILE.test(compact))
    return { message: `手机号「${value}」中有空格或横线，请删除，只填 11 位数字` }
  return { message: `手机号「${value}」不是有效的 11 位手机号（1 开头，第二位 3–9）` }
}

/** The quantity as a whole number 1–9,999, or why not. */
export function checkBulkQuantity(raw: string | number | null | undefined): number | string {
  if (typeof raw === "number") {
    if (!Number.isInteger(raw)) return `数量「${raw}」不是整数，请填整数件数`
    if (raw <= 0) return raw === 0 ? "数量不能为 0" : "数量不能为负数"
    if (raw > BULK_MAX_QUANTITY) return `数量最多 ${BULK_MAX_QUANTITY}，超出请拆成多行或联系客服`
    return raw
  }
  const value = cellText(raw)
  if (!value) return "数量为空"
  if (FULL_WIDTH_DIGIT.test(value)) return `数量「${value}」含全角数字，请改为半角数字`
  if (/^[+-]?\d+(\.\d+)?\s*\D+$/.test(value))
    return `数量「${value}」只填数字，不要带单位（如「${value.match(/\d+/)![0]}」）`
  if (/^-\d/.test(value)) return "数量不能为负数"
  if (/^\+?\d+\.\d+$/.test(value)) return `数量「${value}」不是整数，请填整数件数`
  if (!/^\+?\d+$/.test(value)) return `数量「${value}」不是数字`
  const n = Number(value)
  return checkBulkQuantity(n)
}

/** The delivery address of a row (or the order's one address), field by field. */
export function checkBulkAddress(
  input: BulkRowInput,
  problems: BulkFieldProblem[]
): CheckedAddress | null {
  const before = problems.length
  const recipient = cellText(input.recipient)
  if (!recipient) problems.push({ field: "recipient", message: "收货人为空" })
  else {
    const p = lineProblem("收货人", recipient, BULK_LIMITS.recipient)
    if (p) problems.push({ field: "recipient", message: p })
  }
  const mobile = checkBulkMobile(cellText(input.mobile))
  if ("message" in mobile) problems.push({ field: "mobile", message: mobile.message })
  const region = resolveRegion({
    province: cellText(input.province),
    city: cellText(input.city),
    district: cellText(input.district),
  })
  if ("message" in region) problems.push({ field: region.field, message: region.message })
  const address = cellText(input.address)
  if (!address) problems.push({ field: "address", message: "详细地址为空" })
  else {
    const p = lineProblem("详细地址", address, BULK_LIMITS.address)
    if (p) problems.push({ field: "address", message: p })
    else if (address.length < 4)
      problems.push({ field: "address", message: "详细地址太短，请写到街道、门牌号" })
  }
  if (problems.length > before || "message" in mobile || "message" in region) return null
  return { recipient, mobile: mobile.mobile, region, address }
}

/**
 * One row's own fields (not the catalogue: the SKU is only checked to be
 * written): every problem, or the checked row. With one delivery address for
 * the order, the row's address columns must stay empty. The SKU and the
 * quantity come back when they are fine even if another field is not (stock
 * counts every row that would order).
 */
export function checkBulkRow(
  input: BulkRowInput,
  oneAddress: boolean
): {
  row: CheckedRow | null
  sku: string | null
  quantity: number | null
  problems: BulkFieldProblem[]
} {
  const problems: BulkFieldProblem[] = []
  let address: CheckedAddress | null = null
  if (oneAddress) {
    for (const field of BULK_ADDRESS_COLUMNS) {
      if (cellText(input[field]))
        problems.push({ field, message: "已填写统一收货地址，本列请留空（或不填统一地址）" })
    }
  } else address = checkBulkAddress(input, problems)
  const sku = cellText(input.sku).normalize("NFKC")
  if (!sku) problems.push({ field: "sku", message: "商品编码为空，请从「商品清单」复制" })
  else if (sku.length > BULK_LIMITS.sku || CONTROL_CHARACTER.test(sku))
    problems.push({ field: "sku", message: `商品编码「${sku.slice(0, 20)}」格式不对` })
  const quantity = checkBulkQuantity(input.quantity)
  if (typeof quantity === "string") problems.push({ field: "quantity", message: quantity })
  const note = cellText(input.note)
  if (note.length > BULK_LIMITS.note)
    problems.push({ field: "note", message: `备注超过 ${BULK_LIMITS.note} 个字符` })
  else if (TEXT_CONTROL_CHARACTER.test(note))
    problems.push({ field: "note", message: "备注含有控制字符" })
  const skuOk = !problems.some((p) => p.field === "sku")
  const part = { sku: skuOk ? sku : null, quantity: typeof quantity === "number" ? quantity : null }
  if (problems.length || typeof quantity === "string") return { row: null, ...part, problems }
  return { row: { address, sku, quantity, note: note || null }, ...part, problems }
}

/** The key two rows share when they send the same SKU to the same person at the same address. */
export function bulkDuplicateKey(row: CheckedRow): string {
  const a = row.address
  const where = a
    ? [a.recipient, a.mobile, a.region.district.code, a.address.replace(/\s+/g, "")].join("|")
    : ""
  return `${where}|${row.sku}`
}

/** The key of a row's parcel (one order per recipient at an address). */
export function bulkParcelKey(address: CheckedAddress | null): string {
  return address
    ? [address.recipient, address.mobile, address.region.district.code, address.address].join("|")
    : "delivery"
}
