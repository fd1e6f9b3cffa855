import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../modules/provenance"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { UNIT_REPORT_MODULE, type UnitReportModuleService } from "../../../modules/unit-report"
import {
  buildStatement,
  ledgerFingerprint,
  STATEMENT_TEXT,
} from "../../../modules/unit-report/statement"

export type LoadStatementLedgerStepInput = { unit_id: string; from: string; to: string }

export const loadStatementLedgerStepId = "load-statement-ledger"

/**
 * Reads what a statement prints (writes nothing, so nothing to undo): the
 * unit's name and credit code, its ledger rows of the period, their
 * fingerprint, and the figures by town, partner and order. A pending or
 * unknown unit is refused.
 */
export const loadStatementLedgerStep = createStep(
  loadStatementLedgerStepId,
  async (input: LoadStatementLedgerStepInput, { container }) => {
    const unit = await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .retrieveUnit(input.unit_id, { select: ["id", "name", "credit_code", "status"] })
    if (unit.status === "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "单位尚未通过认证，不能开具对账单")
    }
    const reports = container.resolve<UnitReportModuleService>(UNIT_REPORT_MODULE)
    const rows = await reports.ledgerRows(input.unit_id, input.from, input.to)
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const ids = (key: "town_id" | "partner_id") => [
      ...new Set(rows.map((r) => r[key]).filter((id): id is string => !!id)),
    ]
    const [towns, partners] = await Promise.all([
      provenance.listTowns({ id: ids("town_id") }, { select: ["id", "name"], withDeleted: true }),
      provenance.listPartners(
        { id: ids("partner_id") },
        { select: ["id", "name"], withDeleted: true }
      ),
    ])
    const content = buildStatement(rows, {
      towns: new Map(towns.map((t) => [t.id, t.name])),
      partners: new Map(partners.map((p) => [p.id, p.name])),
      unknown: STATEMENT_TEXT.unknown,
    })
    return new StepResponse({
      unit_name: unit.name,
      credit_code: unit.credit_code,
      content,
      fingerprint: ledgerFingerprint(rows),
      entry_count: rows.length,
    })
  }
)
