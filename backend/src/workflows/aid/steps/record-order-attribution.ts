import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"
import type { OrderFacts } from "../../../modules/aid/attribution"

export const recordOrderAttributionStepId = "record-order-attribution"

/**
 * Appends the entries the ledger lacks for each order. Idempotent: a repeated
 * event finds its entries already there and writes nothing. Compensation
 * removes exactly the entries this step wrote.
 */
export const recordOrderAttributionStep = createStep(
  recordOrderAttributionStepId,
  async (orders: OrderFacts[], { container }) => {
    const aid = container.resolve<AidModuleService>(AID_MODULE)
    const written: { id: string; entry_key: string }[] = []
    try {
      for (const order of orders) {
        written.push(...(await aid.recordOrder(order)))
      }
    } catch (error) {
      await aid.removeRecordedEntries(written.map((e) => e.id))
      throw error
    }
    return new StepResponse(
      written,
      written.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<AidModuleService>(AID_MODULE).removeRecordedEntries(ids)
  }
)
