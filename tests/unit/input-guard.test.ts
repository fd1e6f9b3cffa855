/**
 * The global input guard and the error translation (backend/src/api/guards):
 * what is refused before any route runs, and which errors of Medusa core
 * become 409/400 instead of 500.
 */
import { MedusaError } from "@medusajs/framework/utils"

const guard = () => import("../../backend/src/api/guards/input-guard")
const errors = () => import("../../backend/src/api/guards/error-handler")

/** Runs the guard on a fake request and answers the error it passes on, or null. */
async function run(
  url: string,
  query: Record<string, unknown> = {},
  body?: unknown
): Promise<MedusaError | null> {
  const { guardInput } = await guard()
  let passed: unknown = "not called"
  guardInput(
    { originalUrl: url, url, query, body } as any,
    {} as any,
    ((error?: unknown) => (passed = error ?? null)) as any
  )
  return passed as MedusaError | null
}

describe("input guard", () => {
  it("refuses NUL, control and bidi characters in the path, query keys and values, and JSON bodies", async () => {
    expect((await run("/store/products/prod%00x"))?.message).toMatch(
      /The path contains the character U\+0000/
    )
    expect((await run("/store/products?q=a%E2%80%AEb", { q: "a\u202eb" }))?.message).toMatch(
      /Query parameter "q" contains the character U\+202E/
    )
    expect((await run("/store/products", { "a\u0007": "b" }))?.message).toMatch(
      /name of Query parameter/
    )
    expect(
      (await run("/store/carts", {}, { shipping_address: { first_name: "李\u2066" } }))?.message
    ).toMatch(/Field "shipping_address.first_name" contains the character U\+2066/)
    expect(
      (await run("/store/carts", {}, { items: [{ metadata: { note: "\u0085" } }] }))?.message
    ).toMatch(/items\[0\]\.metadata\.note/)
    expect((await run("/store/products/%E0%A4%A"))?.message).toMatch(/percent-encoding/)
    for (const error of [await run("/x/%00"), await run("/x", { q: "\u0000" })]) {
      expect(error).toBeInstanceOf(MedusaError)
      expect(error!.type).toBe(MedusaError.Types.INVALID_DATA)
    }
  })

  it("lets tabs, line breaks and ordinary Chinese text through, and leaves webhooks' bodies alone", async () => {
    expect(
      await run(
        "/store/carts",
        { q: "梅县\t蜜柚" },
        { note: "一楼\r\n二楼", name: "梅县·蜜柚（特级）" }
      )
    ).toBeNull()
    expect(await run("/hooks/payment/stripe_stripe", {}, { data: "\u0000" })).toBeNull()
  })

  it("takes limit and offset as whole numbers in range only, text within the maxima, and query keys two levels deep at most", async () => {
    for (const query of [
      { limit: "-1" },
      { offset: "-1" },
      { limit: "1.5" },
      { limit: "10001" },
      { offset: "1e308" },
      { limit: ["1", "2"] },
      { offset: { a: "1" } },
    ]) {
      expect((await run("/store/products", query))?.type, JSON.stringify(query)).toBe(
        MedusaError.Types.INVALID_DATA
      )
    }
    expect(await run("/store/products", { limit: "10000", offset: "0" })).toBeNull()
    expect((await run("/store/products", { "a.b.c": "x" }))?.message).toMatch(/nested too deeply/)
    expect((await run("/store/products", { q: "柚".repeat(4001) }))?.message).toMatch(
      /Query parameter "q" is longer than 4000 characters/
    )
    expect((await run("/admin/partners", {}, { story: "故".repeat(50_001) }))?.message).toMatch(
      /Field "story" is longer than 50000/
    )
    expect(await run("/admin/partners", {}, { story: "故".repeat(20_000) })).toBeNull()
    const deep = JSON.parse(`${"[".repeat(20)}1${"]".repeat(20)}`)
    expect((await run("/store/carts", {}, { deep }))?.message).toMatch(/nested more than/)
  })
})

describe("error translation", () => {
  it("turns a lock held by another request into a conflict, in memory and in Redis", async () => {
    const { translateError } = await errors()
    for (const message of [
      'Failed to acquire lock for key "cart_1"',
      '"cart_1" is already locked.',
      "Timed-out acquiring lock.",
    ]) {
      const translated = translateError(new Error(message)) as MedusaError
      expect(translated.type).toBe(MedusaError.Types.CONFLICT)
    }
  })

  it("turns a Postgres data exception (SQLSTATE class 22) into a 400 without SQL, and leaves other errors alone", async () => {
    const { translateError } = await errors()
    const dataException = Object.assign(
      new Error('select * from "cart" where id = $1 - value out of range'),
      { code: "22003" }
    )
    const translated = translateError(dataException) as MedusaError
    expect(translated.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(translated.message).not.toMatch(/select|cart/)
    const wrapped = Object.assign(new Error("driver"), { previous: { sqlState: "22P02" } })
    expect((translateError(wrapped) as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    const order = translateError(
      new Error("Trying to order by not existing property Product.no_such_field")
    ) as MedusaError
    expect(order.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(order.message).toBe('Cannot order by "no_such_field": it is not a field of this list')
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    expect(translateError(bug)).toBe(bug)
    const uniqueViolation = Object.assign(new Error("duplicate"), { code: "23505" })
    expect(translateError(uniqueViolation)).toBe(uniqueViolation)
    const medusa = new MedusaError(MedusaError.Types.NOT_FOUND, "x")
    expect(translateError(medusa)).toBe(medusa)
  })
})
