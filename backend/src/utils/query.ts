import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** Medusa's Query, as the container resolves it (`ContainerRegistrationKeys.QUERY`). */
export type Query = Pick<RemoteQueryFunction, "graph">

/** What `query.graph` is asked: an entity, the fields wanted, filters, paging, `withDeleted`. */
export type GraphInput = Parameters<Query["graph"]>[0]

/**
 * The rows of a `query.graph` call, typed by the caller with the few fields it
 * asked for. Query types its answers from `.medusa/types`, which `medusa
 * develop` and `medusa build` generate and a fresh clone lacks; describing
 * what is read here keeps the code compiling, and checked, either way.
 */
export async function queryRows<Row>(query: Query, input: GraphInput): Promise<Row[]> {
  const { data } = await query.graph(input)
  return data as Row[]
}

/** The first row of a `query.graph` call (see `queryRows`), or undefined. */
export async function queryRow<Row>(query: Query, input: GraphInput): Promise<Row | undefined> {
  const [row] = await queryRows<Row>(query, input)
  return row
}
