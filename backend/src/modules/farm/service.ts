import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import FarmBatch from "./models/batch"
import FarmVariantSetting from "./models/variant-setting"
import FarmStockAudit from "./models/stock-audit"
import FarmStaffInvite from "./models/staff-invite"
import type { FarmOrderLineFilters, FarmOrderLineRepository } from "./repositories/farm-order-line"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type StockLevelReading = {
  variant_id: string
  partner_id: string
  /** units that can still be sold: stocked less reserved */
  available: number
}

/**
 * What farms keep beside Medusa's inventory: harvest batches, per-variant
 * settings (low-stock threshold), the stock audit trail and staff invites.
 * The generated CRUD is kept; the methods below add the threshold crossing
 * logic, which must hold when readings arrive concurrently.
 */
class FarmModuleService extends MedusaService({
  FarmBatch,
  FarmVariantSetting,
  FarmStockAudit,
  FarmStaffInvite,
}) {
  protected readonly farmOrderLineRepository_: FarmOrderLineRepository

  constructor(container: { farmOrderLineRepository: FarmOrderLineRepository }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.farmOrderLineRepository_ = container.farmOrderLineRepository
  }

  /**
   * Lines of the farm's products in orders not canceled (paid ones only,
   * unless `include_unpaid`), newest order first: one page and the count.
   */
  @InjectManager()
  async listFarmOrderLineRows(
    filters: FarmOrderLineFilters,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.farmOrderLineRepository_.listOrderLineRows(filters, page, sharedContext)
  }

  /**
   * Compares each reading with its variant's low-stock threshold and returns
   * the variants that have just fallen to or below it. A variant is returned
   * once per crossing: the flag is set in the same statement that reads it,
   * and cleared when the stock rises above the threshold again.
   */
  @InjectTransactionManager()
  async detectLowStockCrossings(
    readings: StockLevelReading[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ variant_id: string; partner_id: string; available: number; threshold: number }[]> {
    const manager = sharedContext.transactionManager as Manager
    const crossed: {
      variant_id: string
      partner_id: string
      available: number
      threshold: number
    }[] = []
    for (const reading of readings) {
      const rows = await manager.execute(
        `update farm_variant_setting set low_stock_alerted = true, updated_at = now()
          where variant_id = ? and deleted_at is null and low_stock_threshold is not null
            and ? <= low_stock_threshold and low_stock_alerted = false
          returning low_stock_threshold`,
        [reading.variant_id, reading.available]
      )
      if (rows.length) {
        crossed.push({ ...reading, threshold: Number(rows[0].low_stock_threshold) })
        continue
      }
      await manager.execute(
        `update farm_variant_setting set low_stock_alerted = false, updated_at = now()
          where variant_id = ? and deleted_at is null and low_stock_alerted = true
            and (low_stock_threshold is null or ? > low_stock_threshold)`,
        [reading.variant_id, reading.available]
      )
    }
    return crossed
  }
}

export default FarmModuleService
