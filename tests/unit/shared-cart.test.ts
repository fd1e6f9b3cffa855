import { describe, expect, it } from "vitest"
import {
  MAX_LINE_QUANTITY,
  PO_NUMBER_MAX_LENGTH,
  UNIT_NOTE_MAX_LENGTH,
  unitOrderNoteSchema,
} from "../../backend/src/shared/cart"
import { unitOrderNoteOf } from "../../backend/src/types/http/unit-order"
import { FreightFulfillmentService } from "../../backend/src/modules/freight/service"

const message = (input: unknown) => {
  const result = unitOrderNoteSchema.safeParse(input)
  return result.success ? null : result.error.issues[0].message
}

describe("a unit order's 采购单号 and 备注", () => {
  it("takes plain text within the limits, trimmed", () => {
    expect(
      unitOrderNoteSchema.parse({ po_number: "  CG-2026-001 ", unit_note: "后门\n卸货" })
    ).toEqual({ po_number: "CG-2026-001", unit_note: "后门\n卸货" })
    expect(message({ po_number: "P".repeat(PO_NUMBER_MAX_LENGTH) })).toBeNull()
    expect(message({ unit_note: "注".repeat(UNIT_NOTE_MAX_LENGTH) })).toBeNull()
  })

  it("refuses too long, multi-line PO numbers, control characters and unknown keys in Chinese", () => {
    expect(message({ po_number: "P".repeat(PO_NUMBER_MAX_LENGTH + 1) })).toBe(
      "采购单号最多 40 个字"
    )
    expect(message({ unit_note: "注".repeat(UNIT_NOTE_MAX_LENGTH + 1) })).toBe(
      "订单备注最多 200 个字"
    )
    expect(message({ po_number: "A\nB" })).toBe("采购单号只能是一行普通文字")
    expect(message({ unit_note: "a\u202eb" })).toBe("订单备注含有不允许的字符")
    expect(unitOrderNoteSchema.safeParse({ unit_id: "x" }).success).toBe(false)
  })

  it("reads the note back from metadata, empty text as none", () => {
    expect(unitOrderNoteOf({ po_number: "A-1", unit_note: " " })).toEqual({
      po_number: "A-1",
      unit_note: null,
    })
    expect(unitOrderNoteOf(null)).toEqual({ po_number: null, unit_note: null })
  })

  it("allows 9,999 units on a line", () => {
    expect(MAX_LINE_QUANTITY).toBe(9_999)
  })
})

describe("the freight provider's prices", () => {
  const provider = new FreightFulfillmentService()
  const rice = (quantity: number) => ({ quantity, variant: { weight: 5150 } })
  const price = (code: string, items: unknown[], cart_item_total = "0") =>
    provider.calculatePrice({ code }, {}, { items, cart_item_total } as never)

  it("keeps ¥12 and free from ¥99 for light ambient parcels", async () => {
    expect((await price("standard", [rice(1)], "45.00")).calculated_amount).toBe(12)
    expect((await price("standard", [rice(1)], "99.00")).calculated_amount).toBe(0)
  })

  it("charges weight beyond 10 kg even when the base is waived, and freight per kilogram", async () => {
    // 6 bags, 30.9 kg: 21 started kg beyond 10 kg at ¥2
    expect((await price("standard", [rice(6)], "500")).calculated_amount).toBe(42)
    const freight = await price("freight", [rice(200)])
    expect(freight).toMatchObject({ calculated_amount: 1545, parcel_grams: 1_030_000 })
  })

  it("refuses express above 50 kg in Chinese and unknown options", async () => {
    await expect(price("standard", [rice(10)], "1000")).rejects.toThrow(/超过快递上限 50 公斤/)
    await expect(price("nope", [rice(1)])).rejects.toThrow("未知的配送方式")
  })
})
