import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import MeilisearchSearchService from "../../../backend/src/modules/search-meilisearch/service"
import { startMeilisearchStandIn, type MeilisearchStandIn } from "../../fixtures/meilisearch"
import { CATALOG, definition, doc, type Doc } from "./provider-documents"

/**
 * The Meilisearch provider against the stand-in (tests/fixtures/meilisearch):
 * the settings it sends, batching, task waiting, a failed task, filters,
 * facets and the Search Module's result shape.
 */
let meili: MeilisearchStandIn
let provider: MeilisearchSearchService

const search = (q: string | undefined, extra: Partial<SearchTypes.ProviderSearchQuery> = {}) =>
  provider.search({
    index: definition,
    q,
    attributes_to_retrieve: ["id", "handle", "town_handle", "in_stock"],
    ...extra,
  })

const handles = (result: SearchTypes.SearchResult) => result.hits.map((h) => h.document.handle)

beforeAll(async () => {
  meili = await startMeilisearchStandIn()
})
afterAll(() => meili.close())

beforeEach(async () => {
  meili.indexes.clear()
  meili.requests.length = 0
  provider = new MeilisearchSearchService(
    {},
    { host: meili.url, apiKey: meili.apiKey, taskIntervalMs: 0 }
  )
  await provider.upsertIndex({ index: definition })
})

describe("Meilisearch provider against the stand-in", () => {
  it("creates the index and sends its settings: weights' order, filters, sorts, synonyms, typos, Chinese", async () => {
    const creation = meili.requests.find((r) => r.method === "POST" && r.path === "/indexes")
    expect(creation?.body).toEqual({ uid: "product_v1", primaryKey: "id" })
    const sent = meili.requests.find((r) => r.path === "/indexes/product_v1/settings")
    expect(sent?.method).toBe("PATCH")
    const settings = sent?.body as Record<string, unknown>
    expect(settings.searchableAttributes).toEqual([
      "title_words",
      "synonym_words",
      "origin_words",
      "detail_words",
    ])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "town_handle",
        "partner_handle",
        "category_handles",
        "in_stock",
        "harvest_months",
        "sales_channel_ids",
        "status",
      ])
    )
    expect(settings.filterableAttributes).not.toContain("title_words")
    expect(settings.sortableAttributes).toEqual(["title", "created_at"])
    expect(settings.displayedAttributes).not.toContain("status")
    expect(settings.displayedAttributes).not.toContain("sales_channel_ids")
    expect(settings.rankingRules).toEqual([
      "words",
      "attribute",
      "typo",
      "proximity",
      "sort",
      "exactness",
    ])
    const synonyms = settings.synonyms as Record<string, string[]>
    expect(synonyms["柚子"]).toEqual(["蜜柚", "金柚", "沙田柚"])
    expect(synonyms["大米"]).toEqual(["丝苗米", "虾稻米", "蛙稻米"])
    expect(synonyms["蜜柚"]).toBeUndefined() // one-way
    // off by default: the shop's fuzzy step corrects spelling; an index may turn it on
    expect(settings.typoTolerance).toEqual({
      enabled: false,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: [],
    })
    expect(settings.localizedAttributes).toEqual([
      {
        attributePatterns: ["title_words", "synonym_words", "origin_words", "detail_words"],
        locales: ["cmn"],
      },
    ])
    // awaited: by the time upsertIndex returned, Meilisearch had applied them
    expect(meili.queue.tasks.map((t) => t.status)).toEqual(["succeeded", "succeeded"])
    expect(meili.indexes.get("product_v1")?.settings.sortableAttributes).toEqual([
      "title",
      "created_at",
    ])
    // a second run (the module migrates at every start) leaves the index as it is
    await expect(provider.upsertIndex({ index: definition })).resolves.toMatchObject({
      status: "succeeded",
    })
  })

  it("sends 2,500 documents as 3 requests of at most 1,000 and returns once every task is done", async () => {
    const docs = Array.from({ length: 2500 }, (_, i) => doc(i))
    const task = await provider.upsertDocuments({
      index: "product_v1",
      definition,
      documents: docs,
    })
    expect(task).toMatchObject({ index: "product_v1", status: "succeeded" })
    const adds = meili.requests.filter(
      (r) => r.method === "POST" && r.path === "/indexes/product_v1/documents"
    )
    expect(adds.map((r) => (r.body as unknown[]).length)).toEqual([1000, 1000, 500])
    const writes = meili.queue.tasks.filter((t) => t.type === "documentAdditionOrUpdate")
    expect(writes.map((t) => t.status)).toEqual(["succeeded", "succeeded", "succeeded"])
    // each was polled to its end (enqueued → processing → succeeded)
    const polls = meili.requests.filter((r) => r.path.startsWith("/tasks/")).length
    expect(polls).toBeGreaterThanOrEqual(2 * 5)
    expect(await provider.listIndexes()).toEqual([
      expect.objectContaining({
        name: "product_v1",
        provider: "search-meilisearch",
        document_count: 2500,
      }),
    ])
  })

  it("keeps only the definition's fields in the documents it sends", async () => {
    await provider.upsertDocuments({
      index: "product_v1",
      definition,
      documents: [{ ...doc(1), internal_note: "not for the index" }],
    })
    const sent = meili.requests.find((r) => r.path === "/indexes/product_v1/documents")
    expect((sent?.body as Doc[])[0]).not.toHaveProperty("internal_note")
  })

  it("throws with Meilisearch's message when a task fails, and the write is not applied", async () => {
    meili.failNextTask(
      "documentAdditionOrUpdate",
      "invalid_document_geo_field",
      "The `_geo` field in the document with the id: `prod_00001` is not an object."
    )
    await expect(
      provider.upsertDocuments({ index: "product_v1", definition, documents: [doc(1)] })
    ).rejects.toThrow(
      /documentAdditionOrUpdate on product_v1\) failed: The `_geo` field in the document with the id: `prod_00001` is not an object\. \(invalid_document_geo_field\)/
    )
    expect(meili.indexes.get("product_v1")?.docs.size).toBe(0)
  })

  it("surfaces a refused API key as Meilisearch's error", async () => {
    const wrong = new MeilisearchSearchService({}, { host: meili.url, apiKey: "wrong" })
    await expect(wrong.listIndexes()).rejects.toThrow("The provided API key is invalid.")
    const bare = await fetch(`${meili.url}/indexes`)
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ code: "missing_authorization_header" })
  })

  describe("with the catalogue", () => {
    beforeEach(async () => {
      await provider.upsertDocuments({ index: "product_v1", definition, documents: CATALOG })
    })

    it("filters on town and in_stock and counts facets, in the Search Module's shape", async () => {
      const result = await search(undefined, {
        filters: { town_handle: "yanyang", in_stock: true },
        search_options: { facets: ["partner_handle", "category_handles", "in_stock"] },
      })
      expect(handles(result).sort()).toEqual(["meixian-red-pomelo", "tomato"])
      const sent = meili.requests.find((r) => r.path === "/multi-search")
      expect((sent?.body as { queries: { filter: string }[] }).queries[0].filter).toBe(
        'town_handle = "yanyang" AND in_stock = true'
      )
      expect(result.facets?.partner_handle).toEqual({
        type: "value",
        values: [
          { value: "farm-a", count: 1 },
          { value: "farm-b", count: 1 },
        ],
      })
      expect(result.facets?.category_handles).toEqual({
        type: "value",
        values: [
          { value: "fruit", count: 1 },
          { value: "vegetables", count: 1 },
        ],
      })
      expect(result.metadata).toMatchObject({ skip: 0, take: 20, count: 2 })
      for (const hit of result.hits) {
        expect(hit.id).toBe(hit.document.id)
        expect(Object.keys(hit.document).sort()).toEqual([
          "handle",
          "id",
          "in_stock",
          "town_handle",
        ])
      }
    })

    it("matches words, prefixes, synonyms, a pinyin typo where the index allows typos; scopes with lists and $and", async () => {
      expect(handles(await search("蜜柚"))).toEqual(["meixian-red-pomelo"])
      expect(handles(await search("1miy"))).toEqual(["meixian-red-pomelo"])
      expect(handles(await search("柚子")).sort()).toEqual([
        "meixian-golden-pomelo",
        "meixian-red-pomelo",
      ])
      expect(handles(await search("1simiaomo"))).toEqual([])
      const typos = { ...definition, physical_name: "typo_v1" }
      typos.settings = { typo_tolerance: { enabled: true } }
      await provider.upsertIndex({ index: typos })
      await provider.upsertDocuments({ index: "typo_v1", definition: typos, documents: CATALOG })
      const typo = await provider.search({
        index: typos,
        q: "1simiaomo",
        attributes_to_retrieve: ["handle"],
      })
      expect(handles(typo)).toEqual(["simiao-rice"])
      const scoped = await search("梅县", {
        filters: {
          $and: [{ status: "published" }, { sales_channel_ids: ["sc_1", "sc_2"] }],
          category_handles: { $in: ["fruit"] },
        },
        pagination: { take: 1, order: { title: "ASC" } },
      })
      expect(scoped.hits).toHaveLength(1)
      expect(scoped.metadata.count).toBe(2)
    })

    it("runs several queries in one multi-search round trip", async () => {
      const results = await provider.searchMany([
        { index: definition, q: "番茄", attributes_to_retrieve: ["handle"] },
        { index: definition, q: "丝苗米", attributes_to_retrieve: ["handle"] },
      ])
      expect(results.map(handles)).toEqual([["tomato"], ["simiao-rice"]])
      expect(meili.requests.filter((r) => r.path === "/multi-search")).toHaveLength(1)
    })

    it("refuses a filter on an attribute that is not filterable, with Meilisearch's message", async () => {
      const refused = await search(undefined, { filters: { title: "番茄" } }).catch((e) => e)
      expect(refused).toMatchObject({ type: "not_allowed" })
      expect(refused.message).toMatch(
        /Attribute `title` is not filterable.*\(invalid_search_filter\)/s
      )
      await expect(search(undefined, { filters: { handle: { $like: "%mi%" } } })).rejects.toThrow(
        "cannot express the filter operator $like"
      )
    })

    it("deletes by ids in batches and by filter, each awaited", async () => {
      await provider.deleteDocuments({
        index: "product_v1",
        filters: { id: ["prod_00001", "prod_00002"] },
      })
      const batch = meili.requests.find(
        (r) => r.path === "/indexes/product_v1/documents/delete-batch"
      )
      expect(batch?.body).toEqual(["prod_00001", "prod_00002"])
      expect(meili.indexes.get("product_v1")?.docs.size).toBe(2)
      await provider.deleteDocuments({ index: "product_v1", filters: { partner_handle: "farm-b" } })
      expect(meili.indexes.get("product_v1")?.docs.size).toBe(0)
      await provider.upsertDocuments({ index: "product_v1", definition, documents: CATALOG })
      await provider.clearIndex({ index: "product_v1" })
      expect(meili.indexes.get("product_v1")?.docs.size).toBe(0)
      await provider.deleteIndex({ index: "product_v1" })
      expect(await provider.listIndexes()).toEqual([])
      // deleting an index that is gone already is not an error
      await expect(provider.deleteIndex({ index: "product_v1" })).resolves.toMatchObject({
        status: "succeeded",
      })
    })
  })
})
