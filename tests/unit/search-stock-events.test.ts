/** Search indexing after stock events: a reservation far from selling out leaves the document alone. */
import { productsOfStock } from "../../backend/src/search/stock-events"

type Rows = Record<string, Record<string, unknown>[]>

/** A stand-in for Medusa's Query: rows per entity, and the entities asked for. */
function fakeQuery(rows: Rows) {
  const asked: string[] = []
  const query = {
    graph: async ({ entity }: { entity: string }) => {
      asked.push(entity)
      return { data: rows[entity] ?? [] }
    },
  }
  return { query: query as unknown as Parameters<typeof productsOfStock>[0], asked }
}

const item = {
  variants: [{ product_id: "prod_a" }, { product_id: "prod_a" }, { product_id: "prod_b" }],
}
const reservation = (quantity: number) => ({
  inventory_item_id: "iitem_1",
  location_id: "sloc_1",
  quantity,
  raw_quantity: { value: String(quantity) },
})
const level = (stocked: number, reserved: number) => ({
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("productsOfStock", () => {
  it("skips a reservation that leaves the level well above zero, without reading the product", async () => {
    const { query, asked } = fakeQuery({
      reservation_item: [reservation(2)],
      inventory_level: [level(100, 10)],
      inventory_item: [item],
    })
    expect(await productsOfStock(query, "reservation-item.created", "resitem_1")).toEqual([])
    expect(await productsOfStock(query, "reservation-item.deleted", "resitem_1")).toEqual([])
    expect(asked).not.toContain("inventory_item")
  })

  it("reindexes when a reservation takes the last units or gives them back", async () => {
    // the order took the last 2: available 0 now
    const soldOut = fakeQuery({
      reservation_item: [reservation(2)],
      inventory_level: [level(10, 10)],
      inventory_item: [item],
    })
    expect(await productsOfStock(soldOut.query, "reservation-item.created", "r")).toEqual([
      "prod_a",
      "prod_b",
    ])
    // a cancel gave back 2 of a sold-out level: available 2 now, 0 before
    const back = fakeQuery({
      reservation_item: [reservation(2)],
      inventory_level: [level(10, 8)],
      inventory_item: [item],
    })
    expect(await productsOfStock(back.query, "reservation-item.deleted", "r")).toEqual([
      "prod_a",
      "prod_b",
    ])
  })

  it("always reindexes a changed reservation, a stock level change, or a level it cannot read", async () => {
    const rows = {
      reservation_item: [reservation(1)],
      inventory_level: [level(100, 0)],
      inventory_item: [item],
    }
    expect(
      await productsOfStock(fakeQuery(rows).query, "reservation-item.updated", "r")
    ).toHaveLength(2)
    const levelEvent = fakeQuery({
      inventory_level: [{ inventory_item_id: "iitem_1" }],
      inventory_item: [item],
    })
    expect(
      await productsOfStock(levelEvent.query, "inventory-level.updated", "ilev_1")
    ).toHaveLength(2)
    const noLevel = fakeQuery({ reservation_item: [reservation(1)], inventory_item: [item] })
    expect(await productsOfStock(noLevel.query, "reservation-item.created", "r")).toHaveLength(2)
  })

  it("finds nothing for an unknown id", async () => {
    expect(await productsOfStock(fakeQuery({}).query, "reservation-item.created", "r")).toEqual([])
    expect(
      await productsOfStock(fakeQuery({}).query, "reservation-item.created", undefined)
    ).toEqual([])
  })
})
