import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY } from "../../../shared/cart"
import { AID_IMPORT_METADATA_KEY } from "../../../workflows/aid/order-facts"

/**
 * Keys only the shop writes: the aid ledger's import mark, and a unit order's
 * 采购单号 and 备注 (written through POST /store/carts/:id/unit-order, which
 * checks the unit and the limits).
 */
const RESERVED_KEYS = [AID_IMPORT_METADATA_KEY, PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY]

/**
 * Cart metadata becomes the order's: a buyer must not mark an order as an
 * import that the aid ledger waits for, nor write a unit order's fields around
 * their route.
 */
export function guardCartMetadata(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  const reserved =
    metadata && typeof metadata === "object" ? RESERVED_KEYS.find((k) => k in metadata) : undefined
  if (reserved) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${reserved} is reserved`))
  }
  next()
}
