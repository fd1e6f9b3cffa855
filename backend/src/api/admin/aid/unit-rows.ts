import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { money } from "../../../shared/money"
import type { AidBuyerKind, AidSummaryRow } from "../../../types/http/aid"
import messages from "./messages/zh-CN.json"

/** The key of the consumers' row of group_by=unit (units are keyed by their ids). */
export const CONSUMER_ROW_KEY = "consumer"

/** A unit given by id to narrow the reports to; an unknown one is a 404. */
export async function resolveUnit(
  container: MedusaContainer,
  unit: string | undefined
): Promise<string | undefined> {
  if (!unit) return undefined
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const [found] = await units.listUnits({ id: unit }, { select: ["id"], take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unit "${unit}" not found`)
  return found.id
}

type Figures = Omit<AidSummaryRow, "label">

/**
 * The rows of group_by=unit: every verified unit (also with nothing bought)
 * and every unit with figures, labelled with its name, most bought first; then
 * the consumers' purchases (key "consumer", label 个人) unless the report is
 * narrowed to units, so the rows sum to the total.
 */
export async function unitRows(
  container: MedusaContainer,
  figures: Map<string, Figures>,
  scope: { unit_id?: string; buyer_kind?: AidBuyerKind }
): Promise<AidSummaryRow[]> {
  const zero = (key: string): Figures =>
    figures.get(key) ?? { key, amount: "0.00", quantity: 0, orders: 0 }
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const withFigures = [...figures.keys()].filter((key) => key !== "")
  const named = await units.listUnits(
    scope.unit_id
      ? { id: scope.unit_id }
      : { $or: [{ status: "verified" }, ...(withFigures.length ? [{ id: withFigures }] : [])] },
    { select: ["id", "name"], take: null }
  )
  const nameOf = new Map(named.map((unit) => [unit.id, unit.name]))
  const keys = new Set([...nameOf.keys(), ...withFigures])
  const rows = (scope.buyer_kind === "consumer" ? [] : [...keys])
    .map((key) => ({ ...zero(key), label: nameOf.get(key) ?? messages.unassigned }))
    .sort(
      (a, b) =>
        money(b.amount).comparedTo(money(a.amount)) || a.label.localeCompare(b.label, "zh-CN")
    )
  if (!scope.unit_id && scope.buyer_kind !== "unit") {
    rows.push({
      ...zero(""),
      key: CONSUMER_ROW_KEY,
      label: messages.buyer_kind.consumer,
    })
  }
  return rows
}
