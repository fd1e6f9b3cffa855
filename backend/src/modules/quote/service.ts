import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import type { ModelInputConfig } from "../../utils/service-input"
import Quote from "./models/quote"

type QuoteModels = {
  Quote: ModelInputConfig<
    typeof Quote,
    {
      list_shipping?: BigNumberInput
      shipping?: BigNumberInput | null
      /** QuoteLineRecord[] (workflows/quote/read.ts) */
      lines?: Record<string, unknown>[]
      /** BulkQuoteRecord (workflows/quote/bulk/record.ts) */
      bulk?: Record<string, unknown> | null
    }
  >
}

/** Quotes (询价) of units: the generated CRUD. */
class QuoteModuleService extends MedusaService<QuoteModels>({ Quote }) {}

export default QuoteModuleService
