import { shopSuite } from "../../fixtures/http"
import { RELEVANCE_CASES, type RelevanceCase } from "../../fixtures/search-relevance"

type Hit = { id: string; document: { handle: string; town_handle?: string | null } }

/**
 * The relevance set (tests/fixtures/search-relevance.ts) against the running
 * shop's `POST /store/search`: each query's expected product (or town) must
 * be in the first three hits. Prints the hit rate per kind. Nothing here
 * knows the provider, so the same test serves the Meilisearch provider.
 */
shopSuite(({ api, store }) => {
  // Medusa's Search Module seeds an index whose schema or provider changed in the
  // background after boot (on the Meilisearch stand-in: the template's index was the
  // Postgres provider's). The runner snapshots the database before the first test,
  // ending every connection, so the seed must have committed first; until it has,
  // the active version is still the old provider's and the store answers 404.
  beforeAll(async () => {
    const deadline = Date.now() + 60_000
    for (;;) {
      const answer = await api
        .post("/store/search", { entity: "product", filters: { q: "蜜柚" } }, store)
        .catch((error: { response?: { status: number } }) => error.response)
      if (answer?.status === 200) return
      if (Date.now() > deadline)
        throw new Error(`The search index was not ready after boot: ${answer?.status}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  async function top3(one: RelevanceCase): Promise<Hit[]> {
    const { data } = await api.post(
      "/store/search",
      {
        entity: "product",
        filters: { q: one.query, ...one.filters },
        fields: ["id", "handle", "town_handle"],
        pagination: { take: 3 },
      },
      store
    )
    return data.results[0].hits
  }

  const passes = (one: RelevanceCase, hits: Hit[]) =>
    "handle" in one
      ? hits.some((h) => h.document.handle === one.handle)
      : hits.some((h) => h.document.town_handle === one.town)

  it(`finds the expected product in the top 3 for all ${RELEVANCE_CASES.length} queries of the relevance set`, async () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(60)
    const byKind = new Map<string, { hit: number; total: number }>()
    const misses: string[] = []
    for (const one of RELEVANCE_CASES) {
      const hits = await top3(one)
      const ok = passes(one, hits)
      const tally = byKind.get(one.kind) ?? { hit: 0, total: 0 }
      tally.total++
      if (ok) tally.hit++
      byKind.set(one.kind, tally)
      if (!ok) {
        const expected = "handle" in one ? one.handle : `town ${one.town}`
        const got = hits.map((h) => h.document.handle).join(", ") || "nothing"
        misses.push(`${one.kind} "${one.query}": expected ${expected}, got ${got}`)
      }
    }
    const lines = [...byKind].map(
      ([kind, { hit, total }]) =>
        `${kind.padEnd(10)} ${String(hit).padStart(3)}/${total}  ${((hit / total) * 100).toFixed(0)}%`
    )
    const all = RELEVANCE_CASES.length - misses.length
    console.log(
      [
        "search relevance (top 3):",
        ...lines,
        `all        ${all}/${RELEVANCE_CASES.length}`,
        ...misses,
      ].join("\n")
    )
    expect(misses).toEqual([])
  })

  it("tells which tier answered and keeps the buyer's text as the query", async () => {
    const search = async (q: string) =>
      (await api.post("/store/search", { entity: "product", filters: { q } }, store)).data
        .results[0]
    expect((await search("蜜柚")).metadata).toMatchObject({ matched_by: "words", query: "蜜柚" })
    expect((await search("miyou")).metadata).toMatchObject({ matched_by: "pinyin", query: "miyou" })
    expect((await search("miyuo")).metadata).toMatchObject({ matched_by: "fuzzy" })
    const none = await search("榴莲")
    expect(none.hits).toEqual([])
    expect(none.metadata).not.toHaveProperty("matched_by")
    // punctuation alone finds nothing (not everything); a control character is refused
    expect((await search("！？")).hits).toEqual([])
    const refused = await api
      .post("/store/search", { entity: "product", filters: { q: "蜜\u0000柚" } }, store)
      .catch((e: { response: { status: number } }) => e.response)
    expect(refused.status).toBe(400)
  })
})
