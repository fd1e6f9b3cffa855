import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { SCOPE_COLUMN } from "./scope-table"

/**
 * The filters of a search that every caller narrows by (the store's
 * `status` and `sales_channel_ids`, and plain field equalities such as
 * `in_stock` or `harvest_months`), as SQL the PostgreSQL planner estimates
 * well (docs/search.md, "Speed").
 *
 * Medusa's provider writes `field: value` as `"indexed" @> '{"field": value}'`
 * on the whole `indexed` column. PostgreSQL estimates any such containment at
 * a fraction of a percent of the rows, so it reads the `indexed` GIN index
 * (which returns every published document) and checks the text match on
 * each. Here the same test is written on the field itself,
 * `("scope_fields" -> 'field') @> 'value'` (the filter fields' copy kept in
 * the row, scope-table.ts): by the definition of jsonb containment on
 * objects it keeps exactly the same rows, and since no index covers that
 * expression the planner starts from the text index and checks the scope on
 * the few documents that match the words.
 *
 * Only ANDed positive equalities are taken (shorthand values, `$eq`, `$in`,
 * on top-level keyword, number and boolean fields): under `$not`, `$ne` or
 * `$nin` a missing field would answer differently, and those stay Medusa's.
 */
type Scalar = string | number | boolean
export type ScopePredicate = { field: PlannedField; values: Scalar[] }

type Filters = SearchTypes.SearchFilters

const SIMPLE_PATH = /^[A-Za-z0-9_]+$/
const isScalar = (value: unknown): value is Scalar =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"

export class StoreScopeRepository {
  /**
   * The filters split in two: the predicates written here, and the rest for
   * Medusa's provider (undefined when nothing is left).
   */
  split(
    filters: Filters | undefined,
    plan: IndexPlan
  ): { scope: ScopePredicate[]; rest: Filters | undefined } {
    if (!filters) return { scope: [], rest: undefined }
    const scope: ScopePredicate[] = []
    const rest = this.take(filters, plan, scope)
    return { scope, rest }
  }

  /** `(scope) AND …` for the WHERE clause, pushing its own placeholders. */
  sql(scope: ScopePredicate[], params: unknown[]): string {
    return scope
      .map(({ field, values }) => {
        const parts = values.map((value) => {
          const leaf = this.cast(field, value)
          params.push(JSON.stringify(field.is_array ? [leaf] : leaf))
          return `("${SCOPE_COLUMN}" -> '${field.path}') @> ?::jsonb`
        })
        return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
      })
      .join(" AND ")
  }

  private take(branch: Filters, plan: IndexPlan, scope: ScopePredicate[]): Filters | undefined {
    const rest: Filters = {}
    for (const [key, value] of Object.entries(branch)) {
      if (key === "$and" && Array.isArray(value)) {
        const nested = (value as Filters[])
          .map((one) => this.take(one, plan, scope))
          .filter((one): one is Filters => !!one)
        if (nested.length) rest.$and = nested
        continue
      }
      const values = this.positiveValues(key, value, plan)
      if (values) scope.push({ field: plan.fields.get(key) as PlannedField, values })
      else rest[key] = value
    }
    return Object.keys(rest).length ? rest : undefined
  }

  /** The values of `key: value` when it is a positive equality this repository writes. */
  private positiveValues(key: string, value: unknown, plan: IndexPlan): Scalar[] | undefined {
    if (key === "q" || key.startsWith("$") || !SIMPLE_PATH.test(key)) return undefined
    const field = plan.fields.get(key)
    if (!field || field.is_date) return undefined
    if (!["keyword", "number", "boolean"].includes(field.kind)) return undefined
    let values: unknown[]
    if (isScalar(value)) values = [value]
    else if (Array.isArray(value)) values = value
    else if (value && typeof value === "object") {
      const operators = Object.keys(value)
      if (operators.length !== 1) return undefined
      const [operator] = operators
      const operand = (value as Record<string, unknown>)[operator]
      if (operator === "$eq") values = [operand]
      else if (operator === "$in") values = Array.isArray(operand) ? operand : [operand]
      else return undefined
    } else return undefined
    if (!values.length || !values.every(isScalar)) return undefined
    if (field.kind === "number" && values.some((one) => Number.isNaN(Number(one)))) return undefined
    return values
  }

  /** The value as Medusa's provider casts it for the field's kind. */
  private cast(field: PlannedField, value: Scalar): Scalar {
    if (field.kind === "number") return typeof value === "number" ? value : Number(value)
    if (field.kind === "boolean") {
      if (typeof value === "boolean") return value
      return value === "true" ? true : value === "false" ? false : Boolean(value)
    }
    return typeof value === "string" ? value : String(value)
  }
}
