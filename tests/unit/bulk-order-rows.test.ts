import { describe, expect, it } from "vitest"
import {
  bulkDuplicateKey,
  checkBulkMobile,
  checkBulkQuantity,
  checkBulkRow,
} from "../../backend/src/shared/bulk-rows"
import { resolveRegion, shortRegionName } from "../../backend/src/shared/regions"

const row = (extra: Record<string, string | number | null> = {}) => ({
  recipient: "张三",
  mobile: "13800138000",
  province: "广东省",
  city: "梅州市",
  district: "梅县区",
  address: "新城办事处华侨城一路 8 号",
  sku: "MX-POMELO-RED-5J",
  quantity: "2",
  note: "",
  ...extra,
})

describe("bulk-order rows: regions (GB/T 2260)", () => {
  it("resolves full names and the common short forms, with codes", () => {
    const full = resolveRegion({ province: "广东省", city: "广州市", district: "天河区" })
    const short = resolveRegion({ province: "广东", city: "广州", district: "天河" })
    expect(full).toMatchObject({ province: { code: "440000" }, city: { code: "440100" } })
    expect(short).toEqual(full)
    expect(resolveRegion({ province: "广西", city: "南宁", district: "青秀" })).toMatchObject({
      province: { name: "广西壮族自治区" },
    })
    expect(shortRegionName("香港特别行政区")).toBe("香港")
  })

  it("a municipality's city may be the province or 市辖区", () => {
    for (const city of ["北京市", "北京", "市辖区"]) {
      expect(resolveRegion({ province: "北京", city, district: "朝阳区" })).toMatchObject({
        district: { code: "110105" },
      })
    }
  })

  it("names the field of an unknown or inconsistent division", () => {
    expect(resolveRegion({ province: "广东省", city: "杭州市", district: "西湖区" })).toMatchObject(
      {
        field: "city",
        kind: "mismatch",
      }
    )
    expect(resolveRegion({ province: "广东省", city: "梅州市", district: "天河区" })).toMatchObject(
      {
        field: "district",
        kind: "mismatch",
      }
    )
    expect(resolveRegion({ province: "火星", city: "x", district: "y" })).toMatchObject({
      field: "province",
      kind: "unknown",
    })
  })
})

describe("bulk-order rows: fields", () => {
  it("a mobile with full-width digits, spaces, dashes or +86 gets an error saying what to fix", () => {
    expect(checkBulkMobile("13800138000")).toEqual({ mobile: "13800138000" })
    expect(checkBulkMobile("１３８００１３８０００")).toMatchObject({ message: /全角/ })
    expect(checkBulkMobile("138 0013 8000")).toMatchObject({ message: /空格或横线/ })
    expect(checkBulkMobile("138-0013-8000")).toMatchObject({ message: /空格或横线/ })
    expect(checkBulkMobile("+86 13800138000")).toMatchObject({ message: /\+86/ })
    expect(checkBulkMobile("12345")).toMatchObject({ message: /11 位/ })
    expect(checkBulkMobile("")).toMatchObject({ message: "手机号为空" })
  })

  it("a quantity is a whole number 1–9,999: units, decimals, 0, negatives are errors", () => {
    expect(checkBulkQuantity("10")).toBe(10)
    expect(checkBulkQuantity(10)).toBe(10)
    expect(checkBulkQuantity("10箱")).toMatch(/不要带单位/)
    expect(checkBulkQuantity("1.5")).toMatch(/整数/)
    expect(checkBulkQuantity(1.5)).toMatch(/整数/)
    expect(checkBulkQuantity("0")).toMatch(/不能为 0/)
    expect(checkBulkQuantity("-3")).toMatch(/负数/)
    expect(checkBulkQuantity("10000")).toMatch(/9999/)
    expect(checkBulkQuantity("１０")).toMatch(/全角/)
    expect(checkBulkQuantity("")).toBe("数量为空")
  })

  it("reports every field of a row, not the first only", () => {
    const result = checkBulkRow(
      row({ recipient: "", mobile: "138 0013 8000", district: "天河区", quantity: "x" }),
      false
    )
    expect(result.row).toBeNull()
    expect(result.problems.map((p) => p.field).sort()).toEqual(
      ["district", "mobile", "quantity", "recipient"].sort()
    )
    expect(result.sku).toBe("MX-POMELO-RED-5J")
  })

  it("one-address mode: the address columns stay empty", () => {
    const ok = checkBulkRow({ sku: "MX-A", quantity: 3 }, true)
    expect(ok.problems).toEqual([])
    expect(ok.row).toMatchObject({ address: null, quantity: 3 })
    const bad = checkBulkRow({ sku: "MX-A", quantity: 3, mobile: "13800138000" }, true)
    expect(bad.problems).toMatchObject([{ field: "mobile" }])
  })

  it("the same recipient, mobile, address and SKU share a duplicate key; another SKU does not", () => {
    const a = checkBulkRow(row(), false).row!
    const b = checkBulkRow(row({ city: "梅州", district: "梅县" }), false).row!
    const c = checkBulkRow(row({ sku: "MX-OTHER" }), false).row!
    expect(bulkDuplicateKey(a)).toBe(bulkDuplicateKey(b))
    expect(bulkDuplicateKey(a)).not.toBe(bulkDuplicateKey(c))
  })

  it("refuses control characters and overlong text", () => {
    const result = checkBulkRow(
      row({ address: "梅县\u0007区新城", recipient: "张".repeat(31) }),
      false
    )
    expect(result.problems.map((p) => p.field).sort()).toEqual(["address", "recipient"])
  })
})
