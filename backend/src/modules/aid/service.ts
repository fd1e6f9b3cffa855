import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import { chinaDay } from "../../shared/china-time"
import { money, yuanString } from "../../shared/money"
import { correctionEntry, type LedgerEntry, type OrderFacts, planEntries } from "./attribution"
import { dailyTotalDeltas } from "./daily-totals"
import AidDailyTotal from "./models/daily-total"
import AidEntry from "./models/entry"
import AidReconciliation from "./models/reconciliation"
import AidTownTarget from "./models/town-target"
import type {
  AidDailyTotalRepository,
  Impact,
  SummaryFigures,
  SummaryFilters,
  SummaryRowFigures,
} from "./repositories/aid-daily-total"
import type { AidEntryRepository } from "./repositories/aid-entry"
import type { OrderPaymentRepository } from "./repositories/order-payment"
import type { ModelInputConfig } from "../../utils/service-input"

export type {
  Impact,
  SummaryFigures,
  SummaryFilters,
  SummaryRowFigures,
} from "./repositories/aid-daily-total"

type InjectedDependencies = {
  aidEntryRepository: AidEntryRepository
  aidDailyTotalRepository: AidDailyTotalRepository
  orderPaymentRepository: OrderPaymentRepository
}

/** A ledger entry as the generated CRUD writes it: with its China-time day. */
const withDay = (entry: LedgerEntry) => ({ ...entry, day: chinaDay(entry.occurred_at) })

/** The models' types, with their amounts written as decimal strings. */
type AidModels = {
  AidEntry: ModelInputConfig<typeof AidEntry, { amount?: BigNumberInput }>
  AidDailyTotal: ModelInputConfig<typeof AidDailyTotal, { amount?: BigNumberInput }>
  AidTownTarget: ModelInputConfig<typeof AidTownTarget, { amount?: BigNumberInput }>
  AidReconciliation: ModelInputConfig<
    typeof AidReconciliation,
    { difference_total?: BigNumberInput }
  >
}

/**
 * The aid ledger: append-only entries, their daily totals and the towns'
 * yearly targets. Writes go through `recordOrder`, which is idempotent: it
 * serialises on the order, replays what the ledger holds and appends only
 * the entries that are missing, with their daily totals, in one transaction.
 * The generated CRUD is kept; its SQL beyond that lives in repositories/.
 */
class AidModuleService extends MedusaService<AidModels>({
  AidEntry,
  AidDailyTotal,
  AidTownTarget,
  AidReconciliation,
}) {
  protected readonly aidEntryRepository_: AidEntryRepository
  protected readonly aidDailyTotalRepository_: AidDailyTotalRepository
  protected readonly orderPaymentRepository_: OrderPaymentRepository

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.aidEntryRepository_ = container.aidEntryRepository
    this.aidDailyTotalRepository_ = container.aidDailyTotalRepository
    this.orderPaymentRepository_ = container.orderPaymentRepository
  }

  /** When each order became paid, null while unpaid (the rule: repositories/order-payment.ts). */
  @InjectManager()
  async paidAt(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Date | null>> {
    return this.orderPaymentRepository_.paidAt(orderIds, sharedContext)
  }

  /** The orders among `orderIds` a sync can write for (repositories/aid-entry.ts). */
  @InjectManager()
  async ordersToRecord(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return this.aidEntryRepository_.ordersToRecord(orderIds, sharedContext)
  }

  /** Orders placed, not canceled and not paid yet, oldest first. */
  @InjectManager()
  async unpaidOrderIds(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.orderPaymentRepository_.unpaidOrderIds(sharedContext)
  }

  @InjectTransactionManager()
  async recordOrder(
    facts: OrderFacts,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; entry_key: string }[]> {
    await this.aidEntryRepository_.lockOrder(facts.order_id, sharedContext)
    const existing = await this.aidEntryRepository_.orderEntries(facts.order_id, sharedContext)
    const planned = planEntries(facts, existing)
    if (!planned.length) {
      return []
    }
    const created = await this.createAidEntries(planned.map(withDay), sharedContext)
    await this.addToDailyTotals(planned, [...existing, ...planned], 1, sharedContext)
    return created.map((entry) => ({ id: entry.id, entry_key: entry.entry_key }))
  }

  /**
   * Undoes a `recordOrder` inside a workflow that failed later on. Only
   * compensation uses it: the ledger itself is never edited.
   */
  @InjectTransactionManager()
  async removeRecordedEntries(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) return
    const entries = this.aidEntryRepository_
    const removed = await entries.entriesByIds(ids, sharedContext)
    for (const orderId of [...new Set(removed.map((entry) => entry.order_id))]) {
      await entries.lockOrder(orderId, sharedContext)
      const all = await entries.orderEntries(orderId, sharedContext)
      const ofOrder = removed.filter((entry) => entry.order_id === orderId)
      await this.addToDailyTotals(ofOrder, all, -1, sharedContext)
    }
    await entries.removeForCompensation(ids, sharedContext)
  }

  /** Appends a correction entry (e.g. an amount entered by the support team). */
  @InjectTransactionManager()
  async recordCorrection(
    entry: Omit<LedgerEntry, "kind" | "entry_key"> & { reason: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.aidEntryRepository_.lockOrder(entry.order_id, sharedContext)
    const row = correctionEntry(entry)
    if (!entry.reason.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A correction needs a reason")
    }
    const [created] = await this.createAidEntries([withDay(row)], sharedContext)
    const all = await this.aidEntryRepository_.orderEntries(entry.order_id, sharedContext)
    await this.addToDailyTotals([row], all, 1, sharedContext)
    return created
  }

  /** Net ledger amount per order. */
  @InjectManager()
  async netByOrder(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, string>> {
    return this.aidEntryRepository_.netByOrder(orderIds, sharedContext)
  }

  /** Orders the ledger knows, oldest first, a page at a time. */
  @InjectManager()
  async ledgerOrderIds(
    after: string | null,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return this.aidEntryRepository_.ledgerOrderIds(after, limit, sharedContext)
  }

  /**
   * Sums of the daily totals. Rows are grouped by `group_by`; `total` sums
   * the same filters without grouping, with orders counted once.
   */
  @InjectManager()
  async summarize(
    filters: SummaryFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: SummaryRowFigures[]; total: SummaryFigures }> {
    return this.aidDailyTotalRepository_.summarize(filters, sharedContext)
  }

  /** Net amount per town and the partners that received any, for the public counter. */
  @InjectManager()
  async impact(@MedusaContext() sharedContext: Context = {}): Promise<Impact> {
    return this.aidDailyTotalRepository_.impact(sharedContext)
  }

  /** Sets the targets of one year: one amount per town (0 or null removes it). */
  @InjectTransactionManager()
  async setTownTargets(
    year: number,
    targets: { town_id: string; amount: string | number | null }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const current = await this.listAidTownTargets(
      { year, town_id: targets.map((t) => t.town_id) },
      {},
      sharedContext
    )
    const byTown = new Map(current.map((t) => [t.town_id, t]))
    const toCreate: { town_id: string; year: number; amount: string }[] = []
    const toUpdate: { id: string; amount: string }[] = []
    const toDelete: string[] = []
    for (const target of targets) {
      const existing = byTown.get(target.town_id)
      const amount = target.amount === null ? null : money(target.amount)
      if (!amount || amount.isZero()) {
        if (existing) toDelete.push(existing.id)
      } else if (existing) {
        toUpdate.push({ id: existing.id, amount: yuanString(amount) })
      } else {
        toCreate.push({ town_id: target.town_id, year, amount: yuanString(amount) })
      }
    }
    if (toDelete.length) await this.deleteAidTownTargets(toDelete, sharedContext)
    if (toUpdate.length) await this.updateAidTownTargets(toUpdate, sharedContext)
    if (toCreate.length) await this.createAidTownTargets(toCreate, sharedContext)
    return { previous: current.map((t) => ({ town_id: t.town_id, amount: String(t.amount) })) }
  }

  /**
   * Recomputes every daily total from the entries (after a bulk load, or to
   * repair). Orders are counted the way `recordOrder` counts them.
   */
  @InjectTransactionManager()
  async rebuildDailyTotals(@MedusaContext() sharedContext: Context = {}) {
    await this.aidDailyTotalRepository_.rebuild(sharedContext)
  }

  /** Adds (sign 1) or removes (sign -1) entries from the daily totals, in the write's transaction. */
  private async addToDailyTotals(
    entries: LedgerEntry[],
    orderEntries: LedgerEntry[],
    sign: 1 | -1,
    sharedContext: Context
  ) {
    const deltas = dailyTotalDeltas(entries, orderEntries, sign)
    await this.aidDailyTotalRepository_.addDeltas(deltas, sharedContext)
  }
}

export default AidModuleService
