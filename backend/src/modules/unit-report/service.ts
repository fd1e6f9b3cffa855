import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import AidQuota from "./models/aid-quota"
import AidStatement from "./models/aid-statement"
import type { UnitLedgerRepository, UnitLedgerRow } from "./repositories/unit-ledger"
import type { ModelInputConfig } from "../../utils/service-input"

type InjectedDependencies = { unitLedgerRepository: UnitLedgerRepository }

type UnitReportModels = {
  AidQuota: ModelInputConfig<
    typeof AidQuota,
    { amount?: BigNumberInput; per_member?: BigNumberInput | null }
  >
  AidStatement: ModelInputConfig<
    typeof AidStatement,
    { total?: BigNumberInput; content?: Record<string, unknown> }
  >
}

/**
 * Units' yearly aid quotas and the statements issued to them. The generated
 * CRUD is kept; the ledger rows a statement covers, and their fingerprint,
 * come from the repository (read only).
 */
class UnitReportModuleService extends MedusaService<UnitReportModels>({
  AidQuota,
  AidStatement,
}) {
  protected readonly unitLedgerRepository_: UnitLedgerRepository

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.unitLedgerRepository_ = container.unitLedgerRepository
  }

  /** The unit's ledger entries over the China days from–to, in the order they happened. */
  @InjectManager()
  async ledgerRows(
    unitId: string,
    from: string,
    to: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UnitLedgerRow[]> {
    return this.unitLedgerRepository_.rows(unitId, from, to, sharedContext)
  }

  /** The fingerprint of the same rows now (see the repository). */
  @InjectManager()
  async ledgerFingerprint(
    unitId: string,
    from: string,
    to: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ fingerprint: string; count: number }> {
    return this.unitLedgerRepository_.fingerprint(unitId, from, to, sharedContext)
  }

  /** Sets the unit's target for a year (one per unit and year); answers the previous one. */
  @InjectTransactionManager()
  async setQuota(
    input: {
      unit_id: string
      year: number
      basis: "amount" | "per_member"
      amount: string
      per_member: string | null
      headcount: number | null
      updated_by: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [previous] = await this.listAidQuotas(
      { unit_id: input.unit_id, year: input.year },
      { take: 1 },
      sharedContext
    )
    const quota = previous
      ? await this.updateAidQuotas({ id: previous.id, ...input }, sharedContext)
      : await this.createAidQuotas(input, sharedContext)
    return { quota, previous: previous ?? null }
  }
}

export default UnitReportModuleService
