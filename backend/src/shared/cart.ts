/**
 * Cart rules shared by the storefront, the store routes and the bulk-order
 * validator: how many units one line may hold, and the purchase-order number
 * and note a unit puts on its order (kept in the cart's, then the order's,
 * metadata under the keys below).
 */
import { z } from "zod"
import { isPlainLine, TEXT_CONTROL_CHARACTER } from "./text"

/** The most units of one variant on one cart line (a canteen's 200 boxes fit easily). */
export const MAX_LINE_QUANTITY = 9_999

/** Metadata keys of a unit order: the buyer's 采购单号 and 备注. */
export const PO_NUMBER_METADATA_KEY = "po_number"
export const UNIT_NOTE_METADATA_KEY = "unit_note"

export const PO_NUMBER_MAX_LENGTH = 40
export const UNIT_NOTE_MAX_LENGTH = 200

/** Plain text: one line for the PO number; a note may span lines but holds no control characters. */
const plain = (label: string, max: number, multiline: boolean) =>
  z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`)
    .refine(
      (v) => (multiline ? !TEXT_CONTROL_CHARACTER.test(v) : isPlainLine(v)),
      multiline ? `${label}含有不允许的字符` : `${label}只能是一行普通文字`
    )

/** What a unit's member writes on a unit order; empty text clears the field. */
export const unitOrderNoteSchema = z
  .object({
    po_number: plain("采购单号", PO_NUMBER_MAX_LENGTH, false).optional(),
    unit_note: plain("订单备注", UNIT_NOTE_MAX_LENGTH, true).optional(),
  })
  .strict()
export type UnitOrderNoteInput = z.infer<typeof unitOrderNoteSchema>
