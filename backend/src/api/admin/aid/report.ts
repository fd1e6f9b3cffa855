import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"
import { chinaToday } from "../../../shared/china-time"
import { money, yuanString } from "../../../shared/money"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "../../../modules/provenance"
import {
  AID_BUYER_KINDS,
  type AdminAidEntryListResponse,
  type AdminAidSummaryResponse,
  type AidGroupBy,
  type AidEntryKind,
  type AidReportScope,
  type AidSummaryRow,
} from "../../../types/http/aid"
import { exactAmount } from "../../utils/amount"
import { jsonTime } from "../../utils/json"
import messages from "./messages/zh-CN.json"
import { resolveUnit, unitRows } from "./unit-rows"

export type ReportScope = AidReportScope

type TownName = { id: string; handle: string; name: string; rank: number }
type PartnerName = { id: string; handle: string; name: string; town_id: string }
type Names = { towns: Map<string | null, TownName>; partners: Map<string | null, PartnerName> }

/** Turns a town/partner given by id or handle (a unit by id) into ids; unknown ones are a 404. */
export async function resolveScope(container: MedusaContainer, scope: ReportScope) {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  let town_id: string | undefined
  let partner_id: string | undefined
  if (scope.town) {
    const [town] = await provenance.listTowns(
      { $or: [{ id: scope.town }, { handle: scope.town }] },
      { select: ["id"] }
    )
    if (!town) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Town "${scope.town}" not found`)
    town_id = town.id
  }
  if (scope.partner) {
    const [partner] = await provenance.listPartners(
      { $or: [{ id: scope.partner }, { handle: scope.partner }] },
      { select: ["id"] }
    )
    if (!partner)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner "${scope.partner}" not found`)
    partner_id = partner.id
  }
  const unit_id = await resolveUnit(container, scope.unit)
  return { town_id, partner_id, unit_id }
}

async function loadNames(container: MedusaContainer): Promise<Names> {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const [towns, partners] = await Promise.all([
    provenance.listTowns(
      {},
      {
        select: ["id", "handle", "name", "rank"],
        order: { rank: "ASC", name: "ASC" },
      }
    ),
    provenance.listPartners(
      {},
      {
        select: ["id", "handle", "name", "town_id"],
        order: { name: "ASC" },
      }
    ),
  ])
  return {
    towns: new Map<string | null, TownName>(towns.map((t) => [t.id, t])),
    partners: new Map<string | null, PartnerName>(partners.map((p) => [p.id, p])),
  }
}

function monthLabel(key: string): string {
  const [year, month] = key.split("-")
  return messages.month.replace("{year}", year).replace("{month}", String(Number(month)))
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [y, m] = first.split("-").map(Number)
  const [ly, lm] = last.split("-").map(Number)
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
    if (months.length > 240) break
  }
  return months
}

/**
 * The summary: the ledger's daily totals grouped by town, partner, month or
 * buyer kind, with labels as the store shows them. Every town appears (also
 * with nothing sold); months run without gaps; with group_by=town each row
 * carries the town's target for the year of `to` (default: this year).
 */
export async function buildSummary(
  container: MedusaContainer,
  params: ReportScope & { group_by: AidGroupBy }
): Promise<AdminAidSummaryResponse> {
  const aid = container.resolve<AidModuleService>(AID_MODULE)
  const { town_id, partner_id, unit_id } = await resolveScope(container, params)
  const [figures, names] = await Promise.all([
    aid.summarize({
      group_by: params.group_by,
      from: params.from,
      to: params.to,
      buyer_kind: params.buyer_kind,
      town_id,
      partner_id,
      unit_id,
    }),
    loadNames(container),
  ])
  const byKey = new Map(figures.rows.map((row) => [row.key, row]))
  const zero = (key: string) => byKey.get(key) ?? { key, amount: "0.00", quantity: 0, orders: 0 }
  let rows: AidSummaryRow[]
  let target_year: number | undefined

  switch (params.group_by) {
    case "town": {
      const keys = [...names.towns.values()]
        .map((town) => town.id)
        .filter((id) => !town_id || id === town_id)
      for (const key of byKey.keys()) if (!keys.includes(key)) keys.push(key)
      rows = keys.map((key) => ({
        ...zero(key),
        label: names.towns.get(key)?.name ?? messages.unassigned,
      }))
      target_year = Number((params.to ?? params.from ?? chinaToday()).slice(0, 4))
      const targets = await aid.listAidTownTargets({ year: target_year }, { take: null })
      const targetOf = new Map(targets.map((t) => [t.town_id, String(t.amount)]))
      rows = rows.map((row) => {
        const target = targetOf.get(row.key)
        return {
          ...row,
          target: target ? yuanString(target) : null,
          progress: target
            ? Number(
                money(row.amount)
                  .div(money(target))
                  .decimalPlaces(4, BigNumber.ROUND_HALF_UP)
                  .toFixed()
              )
            : null,
        }
      })
      break
    }
    case "partner": {
      const keys = [...names.partners.values()]
        .filter((p) => (!town_id || p.town_id === town_id) && (!partner_id || p.id === partner_id))
        .map((p) => p.id as string)
      for (const key of byKey.keys()) if (!keys.includes(key)) keys.push(key)
      rows = keys
        .map((key) => ({
          ...zero(key),
          label: names.partners.get(key)?.name ?? messages.unassigned,
        }))
        .sort(
          (a, b) =>
            money(b.amount).comparedTo(money(a.amount)) || a.label.localeCompare(b.label, "zh-CN")
        )
      break
    }
    case "month": {
      const keys = [...byKey.keys()].sort()
      const first = params.from?.slice(0, 7) ?? keys[0]
      const last = params.to?.slice(0, 7) ?? keys[keys.length - 1]
      const months = first && last ? monthsBetween(first, last) : []
      rows = months.map((key) => ({ ...zero(key), label: monthLabel(key) }))
      break
    }
    case "buyer_kind": {
      rows = AID_BUYER_KINDS.filter((kind) => !params.buyer_kind || kind === params.buyer_kind).map(
        (key) => ({ ...zero(key), label: messages.buyer_kind[key] })
      )
      break
    }
    case "unit": {
      rows = await unitRows(container, byKey, { unit_id, buyer_kind: params.buyer_kind })
      break
    }
  }

  return {
    group_by: params.group_by,
    from: params.from ?? null,
    to: params.to ?? null,
    ...(target_year ? { target_year } : {}),
    rows,
    total: figures.total,
  }
}

export type EntryListParams = ReportScope & {
  order_id?: string
  kind?: AidEntryKind
  limit: number
  offset: number
}

/** Ledger entries, newest first, with the town's and partner's names. */
export async function listEntries(
  container: MedusaContainer,
  params: EntryListParams
): Promise<AdminAidEntryListResponse> {
  const aid = container.resolve<AidModuleService>(AID_MODULE)
  const { town_id, partner_id, unit_id } = await resolveScope(container, params)
  const filters: Record<string, unknown> = {}
  if (unit_id) filters.unit_id = unit_id
  if (town_id) filters.town_id = town_id
  if (partner_id) filters.partner_id = partner_id
  if (params.order_id) filters.order_id = params.order_id
  if (params.kind) filters.kind = params.kind
  if (params.buyer_kind) filters.buyer_kind = params.buyer_kind
  if (params.from || params.to) {
    filters.day = {
      ...(params.from ? { $gte: params.from } : {}),
      ...(params.to ? { $lte: params.to } : {}),
    }
  }
  const [[entries, count], names] = await Promise.all([
    aid.listAndCountAidEntries(filters, {
      take: params.limit,
      skip: params.offset,
      order: { occurred_at: "DESC", entry_key: "ASC" },
    }),
    loadNames(container),
  ])
  return {
    entries: entries.map((entry) => ({
      id: entry.id,
      entry_key: entry.entry_key,
      kind: entry.kind,
      order_id: entry.order_id,
      order_display_id: entry.order_display_id,
      line_item_id: entry.line_item_id,
      product_id: entry.product_id,
      variant_id: entry.variant_id,
      product_title: entry.product_title,
      variant_title: entry.variant_title,
      partner_id: entry.partner_id,
      partner_name: names.partners.get(entry.partner_id)?.name ?? null,
      town_id: entry.town_id,
      town_name: names.towns.get(entry.town_id)?.name ?? null,
      quantity: entry.quantity,
      amount: yuanString(exactAmount(entry)),
      currency_code: entry.currency_code,
      buyer_kind: entry.buyer_kind,
      unit_id: entry.unit_id,
      customer_id: entry.customer_id,
      occurred_at: jsonTime(entry.occurred_at),
      day: entry.day,
    })),
    count,
    limit: params.limit,
    offset: params.offset,
  }
}
