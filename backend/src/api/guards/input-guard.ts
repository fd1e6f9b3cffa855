import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  MAX_BODY_TEXT,
  MAX_NESTING,
  MAX_QUERY_TEXT,
  PAGE_LIMIT_MAX,
  PAGE_OFFSET_MAX,
  forbiddenCharacterMessage,
} from "./text"
import { forbiddenCharacterIn } from "../../shared/text"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

type Problem = { field: string; character?: string; tooDeep?: true; tooLong?: number; inKey?: true }

/** The first problem of a parsed query string or JSON body, walking keys and values. */
function walk(value: unknown, field: string, depth: number, maxText: number): Problem | null {
  if (depth > MAX_NESTING) return { field, tooDeep: true }
  if (typeof value === "string") {
    if (value.length > maxText) return { field, tooLong: maxText }
    const character = forbiddenCharacterIn(value)
    return character ? { field, character } : null
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = walk(value[i], `${field}[${i}]`, depth + 1, maxText)
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, v] of Object.entries(value)) {
      const name = field ? `${field}.${key}` : key
      const character = forbiddenCharacterIn(key)
      if (character) return { field: name, character, inKey: true }
      const problem = walk(v, name, depth + 1, maxText)
      if (problem) return problem
    }
  }
  return null
}

function describe(problem: Problem, what: "Query parameter" | "Field"): string {
  const name = problem.field
    ? `${what} ${JSON.stringify(problem.field)}`
    : what === "Field"
      ? "The body"
      : "The query"
  if (problem.tooDeep) return `${name} is nested more than ${MAX_NESTING} levels deep`
  if (problem.tooLong) return `${name} is longer than ${problem.tooLong} characters`
  return forbiddenCharacterMessage(problem.inKey ? `The name of ${name}` : name, problem.character!)
}

/** limit and offset, wherever a route reads them: whole numbers in range. */
function pagingProblem(query: Record<string, unknown>): string | null {
  for (const [name, max] of [
    ["limit", PAGE_LIMIT_MAX],
    ["offset", PAGE_OFFSET_MAX],
  ] as const) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== "string" || !/^\d{1,9}$/.test(value) || Number(value) > max) {
      return `${name} must be a whole number from 0 to ${max}`
    }
  }
  return null
}

/**
 * The shop's first middleware for every request (store, admin, auth, hooks):
 * refuses with 400, before any route or database sees them, a path or query
 * string that is not valid percent-encoding or carries a forbidden character
 * (see text.ts), query keys nested deeper than Medusa accepts, limit/offset
 * that are not whole numbers in range, and JSON bodies with a forbidden
 * character in any key or string; and text longer than the shop's maxima. Webhooks (`/hooks/*`) are signed by their
 * provider and keep their bodies as sent.
 */
export function guardInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl || req.url
  const [rawPath] = url.split("?")
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return next(invalid("The path is not valid percent-encoding"))
  }
  const inPath = forbiddenCharacterIn(path)
  if (inPath) return next(invalid(forbiddenCharacterMessage("The path", inPath)))

  const query = (req.query ?? {}) as Record<string, unknown>
  for (const key of Object.keys(query)) {
    if (key.split(".").length > 2)
      return next(invalid(`Query parameter ${JSON.stringify(key)} is nested too deeply`))
  }
  const inQuery = walk(query, "", 0, MAX_QUERY_TEXT)
  if (inQuery) return next(invalid(describe(inQuery, "Query parameter")))
  const paging = pagingProblem(query)
  if (paging) return next(invalid(paging))

  if (!path.startsWith("/hooks/") && req.body && typeof req.body === "object") {
    const inBody = walk(req.body, "", 0, MAX_BODY_TEXT)
    if (inBody) return next(invalid(describe(inBody, "Field")))
  }
  next()
}
