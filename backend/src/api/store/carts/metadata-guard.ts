import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AID_IMPORT_METADATA_KEY } from "../../../workflows/aid/order-facts"

/**
 * Cart metadata becomes the order's: a buyer must not mark an order as an
 * import that the aid ledger waits for.
 */
export function guardCartMetadata(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === "object" && AID_IMPORT_METADATA_KEY in metadata) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `metadata.${AID_IMPORT_METADATA_KEY} is reserved`
      )
    )
  }
  next()
}
