/**
 * A unit order's 采购单号 and 备注 over HTTP: POST /store/carts/:id/unit-order
 * writes them on the cart (then Medusa carries them to the order's metadata
 * under `po_number` and `unit_note`); GET /store/orders/:id/unit-order reads
 * them back for the storefront, the admin's order page from the order.
 */
import { PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY } from "../../shared/cart"

export type StoreUnitOrderNoteBody = {
  /** 采购单号, at most 40 characters of one line; "" clears it */
  po_number?: string
  /** 备注, at most 200 characters; "" clears it */
  unit_note?: string
}

export type UnitOrderNote = { po_number: string | null; unit_note: string | null }

export type StoreUnitOrderNoteResponse = { cart_id: string; unit_order: UnitOrderNote }

/** GET /store/orders/:id/unit-order (the order's buyer, as for the order itself). */
export type StoreOrderUnitNoteResponse = { order_id: string; unit_order: UnitOrderNote }

/** Reads the note a cart's or order's metadata holds. */
export function unitOrderNoteOf(
  metadata: Record<string, unknown> | null | undefined
): UnitOrderNote {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null)
  return {
    po_number: text(metadata?.[PO_NUMBER_METADATA_KEY]),
    unit_note: text(metadata?.[UNIT_NOTE_METADATA_KEY]),
  }
}
