import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY } from "../../../shared/cart"
import { CHECKOUT_INVOICE_METADATA_KEY } from "../../../shared/invoice"
import { AID_IMPORT_METADATA_KEY } from "../../../workflows/aid/order-facts"
import { BULK_ORDER_METADATA_KEY, UNIT_METADATA_KEY } from "../../../workflows/aid/order-buyer"

/**
 * Order metadata only the server writes: an import the aid ledger waits for,
 * the bulk order an order belongs to and the unit it is bought for (the
 * ledger credits the order to that unit), and a unit order's 采购单号 and 备注
 * (written through POST /store/carts/:id/unit-order, which checks the unit
 * and the limits), and the 发票 asked for at checkout (POST
 * /store/carts/:id/invoice-request, which checks it with the 发票 rules).
 */
export const RESERVED_ORDER_METADATA_KEYS = [
  AID_IMPORT_METADATA_KEY,
  BULK_ORDER_METADATA_KEY,
  UNIT_METADATA_KEY,
  PO_NUMBER_METADATA_KEY,
  UNIT_NOTE_METADATA_KEY,
  CHECKOUT_INVOICE_METADATA_KEY,
] as const

/** Cart metadata becomes the order's: a buyer must not set a key the server reserves. */
export function guardCartMetadata(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  const reserved =
    metadata && typeof metadata === "object"
      ? RESERVED_ORDER_METADATA_KEYS.find((key) => key in metadata)
      : undefined
  if (reserved) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${reserved} is reserved`))
  }
  next()
}
