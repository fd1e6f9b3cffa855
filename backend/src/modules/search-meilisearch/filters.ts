import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue
type Operators = SearchTypes.SearchOperatorMap<Value>

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists"])
const OPERATORS_ALSO = new Set(["$contains", "$overlaps", "$prefix", "$like"])

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A value in Meilisearch's filter syntax: strings quoted, dates as epoch milliseconds. */
function literal(value: Value): string {
  if (value === null) refuse("Meilisearch cannot filter on null; use $exists")
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "string") return JSON.stringify(value)
  return String(value)
}

/** A field name as Meilisearch reads it (dotted paths are its nested fields). */
function attribute(field: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(field)) refuse(`Cannot filter on the field "${field}"`)
  return field
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`

function operatorClause(field: string, ops: Operators): string[] {
  const name = attribute(field)
  const clauses: string[] = []
  for (const [op, value] of Object.entries(ops)) {
    if (!OPERATORS.has(op) && !OPERATORS_ALSO.has(op)) refuse(`Unknown filter operator ${op}`)
    const values = (Array.isArray(value) ? value : [value]) as Value[]
    switch (op) {
      case "$eq":
        clauses.push(`${name} = ${literal(value as Value)}`)
        break
      case "$ne":
        clauses.push(`${name} != ${literal(value as Value)}`)
        break
      case "$in":
      case "$overlaps":
        clauses.push(`${name} IN ${list(values)}`)
        break
      case "$nin":
        if (values.length) clauses.push(`${name} NOT IN ${list(values)}`)
        break
      case "$contains":
        // every given value among the array's elements
        for (const one of values) clauses.push(`${name} = ${literal(one)}`)
        break
      case "$lt":
        clauses.push(`${name} < ${literal(value as Value)}`)
        break
      case "$lte":
        clauses.push(`${name} <= ${literal(value as Value)}`)
        break
      case "$gt":
        clauses.push(`${name} > ${literal(value as Value)}`)
        break
      case "$gte":
        clauses.push(`${name} >= ${literal(value as Value)}`)
        break
      case "$exists":
        clauses.push(value ? `${name} EXISTS` : `${name} NOT EXISTS`)
        break
      default:
        refuse(`The Meilisearch provider cannot express the filter operator ${op}`)
    }
  }
  return clauses
}

const isOperatorMap = (value: unknown): value is Operators =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  Object.keys(value).every((key) => key.startsWith("$"))

function clausesOf(filters: SearchTypes.SearchFilters): string[] {
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const parts = (value as SearchTypes.SearchFilters[])
        .map((one) => toMeilisearchFilter(one))
        .filter((one): one is string => !!one)
      if (parts.length) clauses.push(`(${parts.join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = toMeilisearchFilter(value as SearchTypes.SearchFilters)
      if (inner) clauses.push(`NOT (${inner})`)
    } else if (Array.isArray(value)) {
      clauses.push(...operatorClause(key, { $in: value as Value[] }))
    } else if (isOperatorMap(value)) {
      clauses.push(...operatorClause(key, value))
    } else if (typeof value === "object" && value !== null && !(value instanceof Date)) {
      // a nested object: its fields as dotted paths
      const nested = Object.fromEntries(
        Object.entries(value).map(([inner, v]) => [`${key}.${inner}`, v])
      ) as SearchTypes.SearchFilters
      clauses.push(...clausesOf(nested))
    } else {
      clauses.push(...operatorClause(key, { $eq: value as Value }))
    }
  }
  return clauses
}

/**
 * Medusa's search filters as a Meilisearch filter expression: a scalar is
 * equality (on an array field: the array holds it), a list is `IN`, `$and`,
 * `$or`, `$not` nest; `$prefix` and `$like` have no Meilisearch form and are
 * refused rather than approximated. `undefined` when nothing filters.
 */
export function toMeilisearchFilter(filters?: SearchTypes.SearchFilters): string | undefined {
  if (!filters) return undefined
  const clauses = clausesOf(filters)
  if (!clauses.length) return undefined
  return clauses.length === 1 ? clauses[0] : clauses.join(" AND ")
}

/** The primary keys a delete filter names (`{ id: "a" }`, `{ id: [...] }`, `{ id: { $in } }`), or undefined. */
export function idsOf(
  filters: SearchTypes.SearchFilters,
  primaryKey: string
): string[] | undefined {
  const keys = Object.keys(filters).filter((key) => filters[key] !== undefined)
  if (keys.length !== 1 || keys[0] !== primaryKey) return undefined
  const value = filters[primaryKey]
  if (typeof value === "string") return [value]
  if (Array.isArray(value) && value.every((one) => typeof one === "string"))
    return value as string[]
  if (isOperatorMap(value) && Object.keys(value).length === 1 && Array.isArray(value.$in)) {
    return value.$in.every((one) => typeof one === "string") ? (value.$in as string[]) : undefined
  }
  return undefined
}
