import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The first record of `entity` matching `filters`, read with Medusa's query
 * graph and typed as the caller describes the fields it asks for.
 */
export async function graphOne<T>(
  container: MedusaContainer,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>
): Promise<T | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  return (data as T[])[0]
}

/** `graphOne`, or a 404 with `message` when nothing matches. */
export async function graphOneOr404<T>(
  container: MedusaContainer,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>,
  message: string
): Promise<T> {
  const record = await graphOne<T>(container, entity, fields, filters)
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, message)
  return record
}
