import { afterAll, beforeAll } from "vitest"
import { freePort } from "../../../backend/launcher/database"
import { startMeilisearchStandIn, type MeilisearchStandIn } from "../../fixtures/meilisearch"

/**
 * Points the shop at a Meilisearch stand-in before the shop suite boots:
 * the config reads MEILISEARCH_HOST when the suite is declared, so the port
 * is picked here, at import, and the stand-in listens on it before the shop
 * starts (this module's beforeAll is registered first). A free port, asked of
 * the system (a random one could be in use: a run's client connections take
 * ports of the same range).
 */
const port = await freePort()
const apiKey = "meili-relevance-key"
process.env.MEILISEARCH_HOST = `http://127.0.0.1:${port}`
process.env.MEILISEARCH_API_KEY = apiKey

let standIn: MeilisearchStandIn | undefined
beforeAll(async () => {
  standIn = await startMeilisearchStandIn(apiKey, port)
})
afterAll(async () => {
  await standIn?.close()
  delete process.env.MEILISEARCH_HOST
  delete process.env.MEILISEARCH_API_KEY
})

export const meilisearchStandIn = () => standIn
