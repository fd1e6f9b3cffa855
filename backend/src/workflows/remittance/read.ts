/**
 * Bank credits as the admin reads them (the HTTP type of /admin/remittances).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../modules/remittance"
import type { AdminRemittance, RemittanceStatus } from "../../types/http/remittances"

type CreditRecord = Awaited<ReturnType<RemittanceModuleService["listRemittanceCredits"]>>[number]

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null
const yuan = (value: Parameters<typeof MathBN.convert>[0] | null | undefined) =>
  value === null || value === undefined ? null : MathBN.convert(value).toFixed(2)

export function toRemittanceView(credit: CreditRecord): AdminRemittance {
  return {
    id: credit.id,
    status: credit.status,
    reason: credit.reason ?? null,
    amount: yuan(credit.amount)!,
    currency_code: credit.currency_code,
    payer_name: credit.payer_name,
    payer_account: credit.payer_account ?? null,
    bank: credit.bank ?? null,
    paid_on: credit.paid_on,
    paid_at: iso(credit.paid_at),
    bank_serial: credit.bank_serial ?? null,
    remark: credit.remark ?? null,
    source: credit.source,
    import_id: credit.import_id ?? null,
    import_row: credit.import_row ?? null,
    reference: credit.reference ?? null,
    target:
      credit.target_kind && credit.target_id
        ? { kind: credit.target_kind, id: credit.target_id }
        : null,
    expected_amount: yuan(credit.expected_amount),
    expected_payer: credit.expected_payer ?? null,
    captured_amount: yuan(credit.captured_amount) ?? "0.00",
    payment_ids: Array.isArray(credit.payment_ids) ? (credit.payment_ids as string[]) : [],
    recorded_by: credit.recorded_by ?? null,
    confirmed_by: credit.confirmed_by ?? null,
    confirmed_at: iso(credit.confirmed_at),
    created_at: iso(credit.created_at)!,
  }
}

export type RemittanceFilters = { status?: RemittanceStatus; q?: string; import_id?: string }

const like = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`

/** The queue, newest first: by status, and `q` in the payer, 附言, reference, serial or account. */
export async function listRemittanceViews(
  container: MedusaContainer,
  filters: RemittanceFilters,
  page: { limit: number; offset: number }
): Promise<{ remittances: AdminRemittance[]; count: number }> {
  const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
  const where: Parameters<RemittanceModuleService["listAndCountRemittanceCredits"]>[0] = {}
  if (filters.status) where.status = filters.status
  if (filters.import_id) where.import_id = filters.import_id
  if (filters.q) {
    const pattern = like(filters.q)
    where.$or = ["payer_name", "remark", "reference", "bank_serial", "payer_account"].map(
      (field) => ({ [field]: { $ilike: pattern } })
    )
  }
  const [credits, count] = await remittance.listAndCountRemittanceCredits(where, {
    skip: page.offset,
    take: page.limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  return { remittances: credits.map(toRemittanceView), count }
}

/** One credit, or null. */
export async function retrieveRemittanceView(container: MedusaContainer, id: string) {
  const [credit] = await container
    .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
    .listRemittanceCredits({ id }, { take: 1 })
  return credit ? toRemittanceView(credit) : null
}
