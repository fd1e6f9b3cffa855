// The relevance set (relevance.test.ts, provider-independent) with the shop
// on the Meilisearch provider against its stand-in (not Meilisearch: its
// matching is simpler, docs/search.md): the first import points the shop's
// config at the stand-in before the shop suite is declared.
import { expect, it } from "vitest"
import { meilisearchStandIn } from "./meilisearch-standin-env"
import "./relevance.test"

it("answered every search from the Meilisearch stand-in, not from Postgres", () => {
  const standIn = meilisearchStandIn()!
  const product = [...standIn.indexes.values()].find((index) => index.uid.startsWith("product"))
  expect(product?.docs.size).toBeGreaterThanOrEqual(20) // the seeded catalogue
  const searches = standIn.requests.filter((r) => r.path === "/multi-search")
  expect(searches.length).toBeGreaterThanOrEqual(92)
})
