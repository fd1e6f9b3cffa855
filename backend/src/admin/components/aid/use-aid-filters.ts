import { useMemo } from "react"
import { chinaToday } from "../../../shared/china-time"
import { DATE_PATTERN } from "../../../shared/provenance"
import { AID_BUYER_KINDS, type AidBuyerKind, type AidReportScope } from "../../../types/http"
import { oneOf, useUrlParams } from "../../lib/url-params"

export type AidFilters = {
  from: string
  to: string
  buyerKind?: AidBuyerKind
  /** drill-down: a town's id */
  town?: string
  /** drill-down: a partner's id */
  partner?: string
  /** from is after to: nothing is requested until it is fixed */
  rangeInvalid: boolean
  /** the year whose targets are shown (the year of `to`) */
  year: number
}

/** 1 January of this year to today, China time. */
export const defaultRange = () => {
  const today = chinaToday()
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

const validDate = (value: string | null) => (value && DATE_PATTERN.test(value) ? value : undefined)

/**
 * The dashboard's filters, kept in the URL (so they survive opening an order
 * and coming back): from, to, buyer_kind, and the drill-down town and partner.
 */
export const useAidFilters = () => {
  const [searchParams, updateUrl] = useUrlParams()
  const filters = useMemo<AidFilters>(() => {
    const defaults = defaultRange()
    const from = validDate(searchParams.get("from")) ?? defaults.from
    const to = validDate(searchParams.get("to")) ?? defaults.to
    return {
      from,
      to,
      buyerKind: oneOf(AID_BUYER_KINDS, searchParams.get("buyer_kind")),
      town: searchParams.get("town") || undefined,
      partner: searchParams.get("partner") || undefined,
      rangeInvalid: from > to,
      year: Number(to.slice(0, 4)),
    }
  }, [searchParams])

  /** Sets (or, with undefined, clears) URL parameters. */
  const update = (
    patch: Partial<Record<"from" | "to" | "buyer_kind" | "town" | "partner", string | undefined>>
  ) => updateUrl(patch)

  /** Dates and buyer kind as the API takes them (no drill-down). */
  const scope: AidReportScope = {
    from: filters.from,
    to: filters.to,
    buyer_kind: filters.buyerKind,
  }

  return { filters, scope, update }
}
