import { search } from "@medusajs/framework/utils"

/**
 * The product document's fields (docs/search.md, "The document"). Searchable
 * texts by falling weight: the title, the synonyms buyers use for it, where
 * it comes from, then description, categories and tags; each holds Chinese
 * words and the marked pinyin keys of its names (which only pinyin queries
 * match), so a pinyin hit in a title outranks one in a partner's name.
 * `harvest_months` and `in_stock` back the in-season and in-stock filters.
 */
export const productFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable(),
  title: search.keyword().sortable(),
  title_words: search.text().searchable({ weight: 3 }).retrievable(false),
  synonym_words: search.text().searchable({ weight: 2 }).retrievable(false),
  origin_words: search.text().searchable({ weight: 1.5 }).retrievable(false),
  detail_words: search.text().searchable({ weight: 1 }).retrievable(false),
  town_handle: search.keyword().filterable().facetable(),
  partner_handle: search.keyword().filterable().facetable(),
  category_handles: search.keyword().array().filterable().facetable(),
  harvest_months: search.integer().array().filterable(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().sortable(),
  // Read by /store/search to keep drafts and other sales channels out, never returned.
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
})
