/**
 * Waiting for a bulk order's background payment (backend/src/workflows/bulk-order/payment/):
 * the remittance answers at once with the bulk order `paying`; the worker captures its
 * orders in batches and marks it `paid`.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { eventually } from "../../fixtures/orders"

/** The bulk order once it is no longer `paying` (paid, normally), within `timeoutMs`. */
export async function waitUntilPaid(container: MedusaContainer, id: string, timeoutMs = 60_000) {
  return eventually(async () => {
    const bulk = await container.resolve<any>("bulk_order").retrieveBulkOrder(id)
    return bulk.status !== "paying" && bulk.status !== "awaiting_payment" && bulk
  }, timeoutMs)
}
