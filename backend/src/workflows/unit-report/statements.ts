import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_REPORT_MODULE, type UnitReportModuleService } from "../../modules/unit-report"
import type { StatementContent } from "../../modules/unit-report/statement"
import { normalizeStatementCode } from "../../shared/unit-report"
import { yuanString } from "../../shared/money"
import type {
  StoreStatementVerifyResponse,
  UnitStatement,
  UnitStatementSummary,
} from "../../types/http/unit-report"

/** A stored statement as the generated CRUD answers it. */
export type StatementRecord = Awaited<ReturnType<UnitReportModuleService["retrieveAidStatement"]>>

const service = (scope: MedusaContainer) =>
  scope.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)

/** The stored statement in the API's shape. */
export function toUnitStatement(record: StatementRecord): UnitStatement {
  const content = record.content as unknown as StatementContent
  return {
    id: record.id,
    code: record.code,
    unit_id: record.unit_id,
    unit_name: record.unit_name,
    credit_code: record.credit_code,
    period: { from: record.from_day, to: record.to_day },
    total: yuanString(String(record.total)),
    paid_total: content.paid_total,
    refunded_total: content.refunded_total,
    towns: content.towns,
    partners: content.partners,
    orders: content.orders,
    entry_count: record.entry_count,
    issued_at: new Date(record.created_at).toISOString(),
    issued_by: record.issued_by,
  }
}

/** Whether the ledger rows the statement covered are still exactly those of its unit and period. */
async function isCurrent(scope: MedusaContainer, record: StatementRecord) {
  const now = await service(scope).ledgerFingerprint(record.unit_id, record.from_day, record.to_day)
  return now.fingerprint === record.fingerprint
}

/** One of the unit's statements (404 when it is another unit's or unknown). */
export async function statementOfUnit(
  scope: MedusaContainer,
  unitId: string,
  id: string
): Promise<StatementRecord> {
  const [record] = await service(scope).listAidStatements({ id, unit_id: unitId }, { take: 1 })
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, "对账单不存在")
  return record
}

/** The unit's statements, newest first, each saying whether it is still current. */
export async function listUnitStatements(
  scope: MedusaContainer,
  unitId: string
): Promise<UnitStatementSummary[]> {
  const records = await service(scope).listAidStatements(
    { unit_id: unitId },
    { order: { created_at: "DESC" }, take: 100 }
  )
  return Promise.all(
    records.map(async (record) => {
      const { orders: _orders, partners: _partners, ...rest } = toUnitStatement(record)
      return { ...rest, current: await isCurrent(scope, record) }
    })
  )
}

/**
 * The public check of a code: the unit's name, the period, the totals by
 * town, when it was issued and whether the ledger is unchanged since; null
 * for a malformed or unknown code.
 */
export async function verifyStatement(
  scope: MedusaContainer,
  input: string
): Promise<StoreStatementVerifyResponse["statement"] | null> {
  const code = normalizeStatementCode(input)
  if (!code) return null
  const [record] = await service(scope).listAidStatements({ code }, { take: 1 })
  if (!record) return null
  const statement = toUnitStatement(record)
  return {
    unit_name: statement.unit_name,
    period: statement.period,
    total: statement.total,
    towns: statement.towns.map((t) => ({ name: t.name, amount: t.amount })),
    issued_at: statement.issued_at,
    current: await isCurrent(scope, record),
  }
}

/** The public verify page of a code, on the storefront (STOREFRONT_URL). */
export const verifyUrl = (code: string, env: NodeJS.ProcessEnv = process.env) =>
  `${(env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")}/verify/${code}`
