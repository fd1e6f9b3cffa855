/**
 * A bank statement's credits recorded and matched one by one (each through
 * `recordRemittanceWorkflow`), after the whole file was read without a problem
 * (modules/remittance/statement). A 流水号 is applied once: a serial already
 * recorded, or repeated in the file, is answered as a duplicate.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../modules/remittance"
import type { StatementCredit, StatementReading } from "../../modules/remittance/statement/read"
import {
  type AdminRemittanceImportResponse,
  REMITTANCE_STATUSES,
  type RemittanceImportRow,
  type RemittanceStatus,
} from "../../types/http/remittances"
import { recordRemittanceWorkflow } from "./record-remittance"
import { retrieveRemittanceView, toRemittanceView } from "./read"

const DUPLICATE_IN_FILE = (serial: string, row: number) =>
  `流水号 ${serial} 与第 ${row} 行重复，只入账一次`
const ALREADY_RECORDED = (serial: string) => `流水号 ${serial} 已登记，不重复入账`

export async function importStatement(
  container: MedusaContainer,
  reading: Pick<StatementReading, "credits" | "skipped">,
  options: { import_id: string; recorded_by: string | null }
): Promise<AdminRemittanceImportResponse> {
  const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
  const rows: RemittanceImportRow[] = reading.skipped.map((s) => ({
    row: s.row,
    result: "skipped",
    remittance: null,
    message: s.message,
  }))

  const serials = [...new Set(reading.credits.map((c) => c.bank_serial).filter(Boolean))]
  const existing = serials.length
    ? await remittance.listRemittanceCredits({ bank_serial: serials as string[] }, { take: null })
    : []
  const known = new Map(existing.map((c) => [c.bank_serial!, toRemittanceView(c)]))
  const firstRow = new Map<string, number>()
  const later: { credit: StatementCredit; first: number }[] = []

  for (const credit of reading.credits) {
    const serial = credit.bank_serial
    if (serial && known.has(serial) && !firstRow.has(serial)) {
      rows.push({
        row: credit.row,
        result: "duplicate",
        remittance: known.get(serial)!,
        message: ALREADY_RECORDED(serial),
      })
      continue
    }
    if (serial && firstRow.has(serial)) {
      later.push({ credit, first: firstRow.get(serial)! })
      continue
    }
    if (serial) firstRow.set(serial, credit.row)
    rows.push(await recordRow(container, credit, options))
  }
  for (const { credit, first } of later) {
    const recorded = rows.find((r) => r.row === first)?.remittance ?? null
    rows.push({
      row: credit.row,
      result: "duplicate",
      remittance: recorded,
      message: DUPLICATE_IN_FILE(credit.bank_serial!, first),
    })
  }
  rows.sort((a, b) => a.row - b.row)

  const by_status = Object.fromEntries(REMITTANCE_STATUSES.map((s) => [s, 0])) as Record<
    RemittanceStatus,
    number
  >
  for (const row of rows)
    if (row.result === "recorded" && row.remittance) by_status[row.remittance.status]++
  const count = (result: RemittanceImportRow["result"]) =>
    rows.filter((r) => r.result === result).length
  return {
    import_id: options.import_id,
    rows,
    summary: {
      rows: rows.length,
      recorded: count("recorded"),
      duplicates: count("duplicate"),
      skipped: count("skipped"),
      failed: count("failed"),
      by_status,
    },
  }
}

async function recordRow(
  container: MedusaContainer,
  credit: StatementCredit,
  options: { import_id: string; recorded_by: string | null }
): Promise<RemittanceImportRow> {
  try {
    const { result } = await recordRemittanceWorkflow(container).run({
      input: {
        amount: credit.amount,
        payer_name: credit.payer_name,
        payer_account: credit.payer_account,
        bank: credit.bank,
        paid_on: credit.paid_on,
        paid_at: credit.paid_at,
        bank_serial: credit.bank_serial,
        remark: credit.remark,
        source: "import",
        import_id: options.import_id,
        import_row: credit.row,
        recorded_by: options.recorded_by,
      },
    })
    return {
      row: credit.row,
      result: "recorded",
      remittance: await retrieveRemittanceView(container, result.id),
      message: null,
    }
  } catch (error) {
    const duplicate =
      MedusaError.isMedusaError(error) && error.type === MedusaError.Types.DUPLICATE_ERROR
    return {
      row: credit.row,
      result: duplicate ? "duplicate" : "failed",
      remittance: null,
      message: duplicate
        ? ALREADY_RECORDED(credit.bank_serial ?? "")
        : `第 ${credit.row} 行入账失败：${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
