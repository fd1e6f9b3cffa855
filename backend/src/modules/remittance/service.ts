import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import RemittanceReceipt from "./models/receipt"
import type { ModelInputConfig } from "../../utils/service-input"
import type {
  BankTransferFilters,
  BankTransferPaymentRepository,
} from "./repositories/bank-transfer-payment"

/**
 * 到账 (money received): receipts recorded by the support team against a
 * payment, and the reads of bank-transfer payments the admin and the
 * deadline job need (reference search, what is due).
 */
/** The receipt's type, with its amount written as a decimal string. */
type RemittanceModels = {
  RemittanceReceipt: ModelInputConfig<typeof RemittanceReceipt, { amount?: BigNumberInput }>
}

class RemittanceModuleService extends MedusaService<RemittanceModels>({ RemittanceReceipt }) {
  protected bankTransferPaymentRepository_: BankTransferPaymentRepository

  constructor(container: { bankTransferPaymentRepository: BankTransferPaymentRepository }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.bankTransferPaymentRepository_ = container.bankTransferPaymentRepository
  }

  @InjectManager()
  async listBankTransfers(
    filters: BankTransferFilters,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.bankTransferPaymentRepository_.listBankTransfers(filters, page, sharedContext)
  }

  @InjectManager()
  async orderIdsByReference(reference: string, @MedusaContext() sharedContext: Context = {}) {
    return this.bankTransferPaymentRepository_.orderIdsByReference(reference, sharedContext)
  }

  @InjectManager()
  async dueBankTransfers(until: Date, @MedusaContext() sharedContext: Context = {}) {
    return this.bankTransferPaymentRepository_.dueBankTransfers(until, sharedContext)
  }
}

export default RemittanceModuleService
