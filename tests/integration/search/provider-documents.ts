/**
 * The index definition and documents the Meilisearch provider's test
 * (meilisearch-provider.test.ts) sends to the stand-in: four products of
 * two towns and two farms, one out of stock.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { productFields } from "../../../backend/src/search/product-fields"

export const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  fields: productFields.toFields(),
  primary_key: "id",
  provider: "search-meilisearch",
  settings: {},
  definition_hash: "test",
  physical_name: "product_v1",
  seed: async function* () {},
}

export type Doc = SearchTypes.SearchDocument

export const doc = (n: number, extra: Partial<Doc> = {}): Doc => ({
  id: `prod_${String(n).padStart(5, "0")}`,
  handle: `product-${n}`,
  title: `产品${n}`,
  title_words: `产品 ${n}`,
  synonym_words: "",
  origin_words: "丙村镇 1bingcunzhen",
  detail_words: "",
  town_handle: "bingcun",
  partner_handle: "farm-a",
  category_handles: ["vegetables"],
  harvest_months: [1, 2],
  in_stock: true,
  created_at: "2026-11-01T00:00:00.000Z",
  status: "published",
  sales_channel_ids: ["sc_1"],
  ...extra,
})

export const CATALOG: Doc[] = [
  doc(1, {
    handle: "meixian-red-pomelo",
    title: "梅县红肉蜜柚",
    title_words: "梅县 红肉 蜜柚 1meixianhongroumiyou 1miyou 1my",
    town_handle: "yanyang",
    category_handles: ["fruit"],
  }),
  doc(2, {
    handle: "meixian-golden-pomelo",
    title: "梅县金柚",
    title_words: "梅县 金柚 1meixianjinyou 1jinyou",
    town_handle: "yanyang",
    in_stock: false,
    category_handles: ["fruit"],
  }),
  doc(3, {
    handle: "simiao-rice",
    title: "丝苗米",
    title_words: "丝苗米 1simiaomi 1smm",
    town_handle: "bingcun",
    partner_handle: "farm-b",
    category_handles: ["grain"],
  }),
  doc(4, {
    handle: "tomato",
    title: "番茄",
    title_words: "番茄 1fanqie",
    town_handle: "yanyang",
    partner_handle: "farm-b",
  }),
]
