import { MedusaService } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { ModelInputConfig } from "../../utils/service-input"
import BulkOrder from "./models/bulk-order"
import { bulkDeadlineDays } from "./reference"

type BulkOrderModels = {
  BulkOrder: ModelInputConfig<typeof BulkOrder, { amount?: BigNumberInput }>
}

export type BulkOrderModuleOptions = { deadlineDays?: string | number }

/**
 * Bulk orders (批量订单): the generated CRUD and the payment deadline setting.
 * The orders themselves are Medusa's (link bulk_order ↔ order).
 */
class BulkOrderModuleService extends MedusaService<BulkOrderModels>({ BulkOrder }) {
  protected readonly deadlineDays_: number

  constructor(_container: Record<string, unknown>, options: BulkOrderModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // a BULK_ORDER_DEADLINE_DAYS that is not a whole number of days 1-60 stops the server at start
    this.deadlineDays_ = bulkDeadlineDays(options?.deadlineDays)
  }

  /** The days a unit has to pay a bulk order. */
  paymentDays(): number {
    return this.deadlineDays_
  }
}

export default BulkOrderModuleService
