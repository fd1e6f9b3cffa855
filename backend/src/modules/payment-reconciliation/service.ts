import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import type { ModelInputConfig } from "../../utils/service-input"
import type { ProviderBillSource } from "../../shared/payment-bill"
import {
  RECONCILIATION_PROVIDERS,
  type ReconciliationProvider,
} from "../../types/http/payment-reconciliations"
import PaymentReconciliationDifference from "./models/difference"
import PaymentReconciliationRun from "./models/run"
import type { ProviderPaymentRepository } from "./repositories/provider-payment"
import { BILL_SOURCES, type BillSourceOptions } from "./sources"

type ReconciliationModels = {
  PaymentReconciliationRun: ModelInputConfig<
    typeof PaymentReconciliationRun,
    { bill_total?: BigNumberInput; shop_total?: BigNumberInput }
  >
  PaymentReconciliationDifference: ModelInputConfig<
    typeof PaymentReconciliationDifference,
    { bill_amount?: BigNumberInput | null; shop_amount?: BigNumberInput | null }
  >
}

/** `billSources`, not `providers`: Medusa's module loader reads `providers` as module providers. */
export type PaymentReconciliationOptions = { billSources?: BillSourceOptions }

/**
 * 支付对账: the online providers' daily bills against the shop's captures and
 * refunds. Knows which providers are configured (their bills are read with
 * the providers' own clients) and reads the shop's side from Medusa's tables.
 */
class PaymentReconciliationModuleService extends MedusaService<ReconciliationModels>({
  PaymentReconciliationRun,
  PaymentReconciliationDifference,
}) {
  protected providerPaymentRepository_: ProviderPaymentRepository
  protected options_: PaymentReconciliationOptions
  protected sources_ = new Map<ReconciliationProvider, ProviderBillSource>()

  constructor(
    container: { providerPaymentRepository: ProviderPaymentRepository },
    options: PaymentReconciliationOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.providerPaymentRepository_ = container.providerPaymentRepository
    this.options_ = options
  }

  /** The providers whose bills are read: those configured, in a fixed order. */
  configuredProviders(): ReconciliationProvider[] {
    return RECONCILIATION_PROVIDERS.filter((p) => this.options_.billSources?.[p] && BILL_SOURCES[p])
  }

  /** The provider's bill reader (one client per provider, made on first use). */
  billSource(provider: ReconciliationProvider): ProviderBillSource {
    const options = this.options_.billSources?.[provider]
    const entry = BILL_SOURCES[provider]
    if (!options || !entry) {
      throw new Error(`The payment provider ${provider} is not configured`)
    }
    let source = this.sources_.get(provider)
    if (!source) {
      source = entry.create(options)
      this.sources_.set(provider, source)
    }
    return source
  }

  protected keys(provider: ReconciliationProvider) {
    const entry = BILL_SOURCES[provider]
    if (!entry) throw new Error(`The payment provider ${provider} has no bill`)
    return entry.keys
  }

  @InjectManager()
  async shopCaptures(
    provider: ReconciliationProvider,
    day: string,
    alsoNumbers: string[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.providerPaymentRepository_.captures(
      this.keys(provider),
      day,
      alsoNumbers,
      sharedContext
    )
  }

  @InjectManager()
  async shopRefunds(
    provider: ReconciliationProvider,
    day: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return this.providerPaymentRepository_.refunds(this.keys(provider), day, sharedContext)
  }
}

export default PaymentReconciliationModuleService
