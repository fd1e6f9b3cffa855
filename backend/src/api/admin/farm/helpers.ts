import type { InferTypeOf } from "@medusajs/framework/types"
import type FarmBatchModel from "../../../modules/farm/models/batch"
import type FarmStockAuditModel from "../../../modules/farm/models/stock-audit"
import type { FarmBatch, FarmStockAudit } from "../../../types/http/farm"
import { jsonTime, jsonTimeOrNull } from "../../utils/json"

type Timestamps = {
  created_at: Date | string
  updated_at: Date | string
  deleted_at: Date | string | null
}
type BatchRecord = Omit<InferTypeOf<typeof FarmBatchModel>, keyof Timestamps> & Timestamps
type StockAuditRecord = Omit<InferTypeOf<typeof FarmStockAuditModel>, keyof Timestamps> & Timestamps

/** A record's timestamps as JSON sends them; every other field as it is. */
const withJsonTimes = <T extends Timestamps>(record: T) => ({
  ...record,
  created_at: jsonTime(record.created_at),
  updated_at: jsonTime(record.updated_at),
  deleted_at: jsonTimeOrNull(record.deleted_at),
})

/** A harvest batch as the farm routes answer it. */
export const farmBatchJson = (batch: BatchRecord): FarmBatch => withJsonTimes(batch)

/** A stock audit entry as the farm routes answer it. */
export const farmStockAuditJson = (audit: StockAuditRecord): FarmStockAudit => withJsonTimes(audit)
