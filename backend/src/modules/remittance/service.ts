import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import RemittanceCredit from "./models/credit"
import RemittanceReceipt from "./models/receipt"
import type { ModelInputConfig } from "../../utils/service-input"
import type {
  BankTransferFilters,
  BankTransferPaymentRepository,
} from "./repositories/bank-transfer-payment"

/** The receipt's type, with its amount written as a decimal string. */
type RemittanceModels = {
  RemittanceReceipt: ModelInputConfig<typeof RemittanceReceipt, { amount?: BigNumberInput }>
  RemittanceCredit: ModelInputConfig<
    typeof RemittanceCredit,
    {
      amount?: BigNumberInput
      expected_amount?: BigNumberInput | null
      captured_amount?: BigNumberInput | null
      payment_ids?: string[] | null
    }
  >
}

/** A bank credit as created (amounts as decimal strings). */
export type RemittanceCreditInput = Partial<RemittanceModels["RemittanceCredit"]["inputDto"]>

/**
 * 到账 (money received): receipts recorded by the support team against a
 * payment, bank credits (汇款, matched to payments by their reference), and
 * the reads of bank-transfer payments the admin and the deadline job need
 * (reference search, what is due).
 */
class RemittanceModuleService extends MedusaService<RemittanceModels>({
  RemittanceReceipt,
  RemittanceCredit,
}) {
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
