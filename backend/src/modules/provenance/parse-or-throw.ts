import type { z } from "zod"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Parses `input` with `schema` (the field rules: backend/src/shared/provenance.ts),
 * throwing a MedusaError (invalid_data) that names every offending field.
 */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string
): z.infer<T> {
  const result = schema.safeParse(input)
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => {
        const field = issue.path.join(".")
        const message =
          issue.code === "invalid_type" && issue.input === undefined
            ? `${field} is required`
            : issue.message
        return field && !message.startsWith(field) ? `${field}: ${message}` : message
      })
      .join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}: ${details}`)
  }
  return result.data
}
