import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { ScopeTableRepository } from "../../backend/src/modules/search-postgres/repositories/scope-table"
import { StoreScopeRepository } from "../../backend/src/modules/search-postgres/repositories/store-scope"

const field = (
  path: string,
  kind: PlannedField["kind"],
  extra: Partial<PlannedField> & { flags?: Record<string, boolean> } = {}
): PlannedField => ({
  path,
  kind,
  is_array: extra.is_array ?? false,
  is_date: extra.is_date ?? false,
  field: { type: kind, ...extra.flags } as unknown as PlannedField["field"],
})

const plan: IndexPlan = {
  primary_key: "id",
  searchable: ["title_words"],
  vectors: [],
  schema_hash: "test",
  fields: new Map(
    [
      field("id", "keyword", { flags: { filterable: true } }),
      field("status", "keyword", { flags: { filterable: true } }),
      field("sales_channel_ids", "keyword", { is_array: true, flags: { filterable: true } }),
      field("harvest_months", "number", { is_array: true, flags: { filterable: true } }),
      field("in_stock", "boolean", { flags: { filterable: true } }),
      field("created_at", "number", { is_date: true, flags: { sortable: true } }),
      field("town_handle", "keyword", { flags: { filterable: true, facetable: true } }),
      field("title_words", "text", { flags: {} }),
      field("detail_words", "text", { flags: {} }),
    ].map((one) => [one.path, one])
  ),
}

const repository = new StoreScopeRepository()

describe("the shop's PostgreSQL provider: the store scope as SQL", () => {
  it("takes the ANDed positive equalities, at the top and inside $and", () => {
    const { scope, rest } = repository.split(
      {
        $and: [
          { status: "published", sales_channel_ids: ["sc_1", "sc_2"] },
          { in_stock: true, harvest_months: { $in: [3] }, town_handle: { $eq: "songyuan" } },
        ],
      },
      plan
    )
    expect(rest).toBeUndefined()
    expect(scope.map((one) => [one.field.path, one.values])).toEqual([
      ["status", ["published"]],
      ["sales_channel_ids", ["sc_1", "sc_2"]],
      ["in_stock", [true]],
      ["harvest_months", [3]],
      ["town_handle", ["songyuan"]],
    ])
    const params: unknown[] = []
    expect(repository.sql(scope, params)).toBe(
      `("scope_fields" -> 'status') @> ?::jsonb AND ` +
        `(("scope_fields" -> 'sales_channel_ids') @> ?::jsonb OR ("scope_fields" -> 'sales_channel_ids') @> ?::jsonb) AND ` +
        `("scope_fields" -> 'in_stock') @> ?::jsonb AND ` +
        `("scope_fields" -> 'harvest_months') @> ?::jsonb AND ` +
        `("scope_fields" -> 'town_handle') @> ?::jsonb`
    )
    expect(params).toEqual(['"published"', '["sc_1"]', '["sc_2"]', "true", "[3]", '"songyuan"'])
  })

  it("leaves to Medusa what a missing field or another operator would answer differently", () => {
    const filters = {
      status: { $ne: "draft" },
      town_handle: { $nin: ["a"] },
      $or: [{ in_stock: true }, { status: "published" }],
      $not: { sales_channel_ids: "sc_9" },
      created_at: { $gte: 5 },
      harvest_months: { $in: [3], $eq: 4 },
      in_stock: null,
      sales_channel_ids: [],
    }
    const { scope, rest } = repository.split(filters, plan)
    expect(scope).toEqual([])
    expect(rest).toEqual(filters)
  })

  it("keeps the rest of the filters for Medusa's provider next to what it takes", () => {
    const { scope, rest } = repository.split(
      { status: "published", $and: [{ in_stock: { $ne: false } }, { id: "prod_1" }] },
      plan
    )
    expect(scope.map((one) => one.field.path)).toEqual(["status", "id"])
    expect(rest).toEqual({ $and: [{ in_stock: { $ne: false } }] })
  })

  it("casts values as Medusa's provider does for the field's kind", () => {
    const { scope } = repository.split({ in_stock: "false", harvest_months: "3", id: 7 }, plan)
    const params: unknown[] = []
    repository.sql(scope, params)
    expect(params).toEqual(["false", "[3]", '"7"'])
  })
})

describe("the shop's PostgreSQL provider: the scope column", () => {
  it("drops only the search-only text fields and creates the view once", async () => {
    const statements: string[] = []
    const manager = {
      execute: async (sql: string) => {
        statements.push(sql.replace(/\s+/g, " ").trim())
        return []
      },
    }
    await new ScopeTableRepository().ensure("search_pg_product", plan, manager)
    expect(statements[1]).toContain(
      `GENERATED ALWAYS AS ("indexed" - '{title_words,detail_words}'::text[]) STORED`
    )
    expect(statements[2]).toContain(`CREATE VIEW "search_pg_product_scope"`)
    expect(statements[2]).toContain("EXCEPTION WHEN duplicate_table")
  })
})
