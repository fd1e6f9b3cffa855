import { createHash } from "node:crypto"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catalogueGeneration, readEntry, writeEntry } from "../../../catalog-cache"
import { noteServedAnswer } from "../../../catalog-cache/front-answers"
import {
  type EtagFunction,
  JSON_CONTENT_TYPE,
  type ReadyAnswer,
} from "../../../catalog-cache/ready-answers"
import { queryRow } from "../../../utils/query"

/** The product list and one product; nothing below them (e.g. /store/products/:id/…). */
const CACHED_PATH = /^\/store\/products(\/[^/]+)?\/?$/

/** `value` as text with object keys in order, so that equal queries give equal keys. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

type CustomerGroupsRow = { groups: { id: string }[] | null }

/**
 * The customer groups of a signed-in buyer: with the region, what decides
 * the prices they see (a verified unit's members get its 协议价 through its
 * group's price list). Guests have none.
 */
async function priceGroups(req: MedusaStoreRequest): Promise<string[]> {
  const actor = req.auth_context
  if (!actor?.actor_id || actor.actor_type !== "customer") return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const row = await queryRow<CustomerGroupsRow>(query, {
    entity: "customer",
    fields: ["groups.id"],
    filters: { id: actor.actor_id },
  })
  return (row?.groups ?? []).map((g) => g.id).sort()
}

/**
 * Everything that changes the answer: the route and its whole query (fields,
 * filters, region, paging), the sales channels of the publishable key, the
 * locale and the buyer's customer groups.
 */
async function entryKey(req: MedusaStoreRequest, generation: string): Promise<string> {
  const parts = stable({
    path: req.path,
    query: req.query,
    channels: [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort(),
    locale: req.locale ?? null,
    groups: await priceGroups(req),
  })
  return `${generation}:${createHash("sha256").update(parts).digest("hex")}`
}

/** The app's own ETag function (Express's "etag fn" setting), so a stored answer's is the same. */
const etagOf = (req: MedusaRequest): EtagFunction | undefined => req.app.get("etag fn")

/** Sends a stored answer: its bytes and ETag as they were made once (304 when the buyer has it). */
function sendReady(res: MedusaResponse, answer: ReadyAnswer) {
  if (answer.etag) res.setHeader("ETag", answer.etag)
  res.setHeader("Content-Type", JSON_CONTENT_TYPE)
  res.send(answer.body)
}

/**
 * Serves GET /store/products and /store/products/:id from the catalogue cache
 * (catalog-cache/): a hit answers the stored JSON without running Medusa's
 * middlewares or route; a miss lets them run and stores a 200 answer under
 * the generation read before. `x-catalogue-cache: hit|miss` says which.
 * Either way the answer is noted for catalog-cache/front-answers.ts, which
 * sends it again to an identical guest request before the Express app.
 * Reads tied to a cart (`cart_id`: its address decides taxes) and text searches
 * (`q`: any text, each asked rarely) are not cached;
 * CATALOGUE_CACHE=off turns the cache off (every read from the database).
 */
export async function serveProductsFromCache(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (process.env.CATALOGUE_CACHE === "off") return next()
  if (!CACHED_PATH.test(req.path)) return next()
  if (req.query.cart_id !== undefined || req.query.q !== undefined) return next()
  let key: string
  let generation: string | null
  try {
    generation = await catalogueGeneration(req.scope)
    if (!generation) return next()
    key = await entryKey(req as MedusaStoreRequest, generation)
    const hit = await readEntry(req.scope, key, etagOf(req))
    if (hit !== null) {
      res.setHeader("x-catalogue-cache", "hit")
      noteServedAnswer(req, generation, hit)
      sendReady(res, hit)
      return
    }
  } catch (error) {
    // the cache is an optimisation: without it the answer comes from the database
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Catalogue cache: read failed: ${(error as Error).message}`)
    return next()
  }
  res.setHeader("x-catalogue-cache", "miss")
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode !== 200) return json(body)
    const { answer, stored } = writeEntry(req.scope, key, JSON.stringify(body), etagOf(req))
    noteServedAnswer(req, generation, answer)
    stored.catch((error: Error) =>
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Catalogue cache: an answer was not stored: ${error.message}`)
    )
    sendReady(res, answer)
    return res
  }) as typeof res.json
  next()
}
