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
import type { FarmVariantSettingRepository } from "./repositories/farm-variant-setting"

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
  protected readonly variantSettings_: FarmVariantSettingRepository
  protected readonly farmOrderLineRepository_: FarmOrderLineRepository

  constructor(container: {
    farmVariantSettingRepository: FarmVariantSettingRepository
    farmOrderLineRepository: FarmOrderLineRepository
  }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.variantSettings_ = container.farmVariantSettingRepository
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
  ): Promise<(StockLevelReading & { threshold: number })[]> {
    const crossed: (StockLevelReading & { threshold: number })[] = []
    for (const reading of readings) {
      const threshold = await this.variantSettings_.flagLowStock(
        reading.variant_id,
        reading.available,
        sharedContext
      )
      if (threshold !== null) {
        crossed.push({ ...reading, threshold })
        continue
      }
      await this.variantSettings_.clearLowStock(
        reading.variant_id,
        reading.available,
        sharedContext
      )
    }
    return crossed
  }
}

export default FarmModuleService
