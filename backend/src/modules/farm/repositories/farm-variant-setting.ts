import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import FarmVariantSetting from "../models/variant-setting"

/**
 * The low-stock flag of a variant, set and cleared in single statements so
 * that readings arriving at once cannot both see the threshold crossed.
 */
export class FarmVariantSettingRepository extends mikroOrmBaseRepositoryFactory(
  FarmVariantSetting
) {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /**
   * Flags the variant when `available` is at or below its threshold and it
   * was not flagged yet: answers the threshold when this call flagged it,
   * null otherwise.
   */
  async flagLowStock(
    variantId: string,
    available: number,
    context: Context = {}
  ): Promise<number | null> {
    const rows = await this.sql(context).execute<{ low_stock_threshold: number }[]>(
      `update farm_variant_setting set low_stock_alerted = true, updated_at = now()
        where variant_id = ? and deleted_at is null and low_stock_threshold is not null
          and ? <= low_stock_threshold and low_stock_alerted = false
        returning low_stock_threshold`,
      [variantId, available]
    )
    return rows.length ? Number(rows[0].low_stock_threshold) : null
  }

  /** Clears the flag of a variant whose `available` rose above its threshold (or that has none). */
  async clearLowStock(variantId: string, available: number, context: Context = {}) {
    await this.sql(context).execute(
      `update farm_variant_setting set low_stock_alerted = false, updated_at = now()
        where variant_id = ? and deleted_at is null and low_stock_alerted = true
          and (low_stock_threshold is null or ? > low_stock_threshold)`,
      [variantId, available]
    )
  }
}
