import { model } from "@medusajs/framework/utils"

/**
 * One name the search box can suggest (docs/search.md, "Suggestions"): a
 * published product, an active public category, a town or a partner, with
 * its pinyin keys computed by the worker. `version` orders the writes (a
 * reader asks for the rows changed since the last version it saw); a name
 * taken down stays as a row with `removed` so readers learn of it.
 */
const SearchSuggestion = model
  .define("search_suggestion", {
    id: model.id({ prefix: "sugg" }).primaryKey(),
    kind: model.enum(["product", "category", "town", "partner"]),
    /** the product's, category's, town's or partner's id */
    source_id: model.text(),
    handle: model.text(),
    text: model.text(),
    /** a product's sales channels; null for the other kinds */
    sales_channel_ids: model.json().nullable(),
    /** names of a product's family (synonyms.ts familyNamesOf) */
    family: model.json().nullable(),
    /** pinyin keys by name: the text's and each family name's */
    pinyin: model.json().nullable(),
    version: model.number(),
    removed: model.boolean().default(false),
  })
  .indexes([{ on: ["kind", "source_id"], unique: true }])

export default SearchSuggestion
