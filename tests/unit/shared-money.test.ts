/**
 * backend/src/shared/money.ts: the one home of money for the server, the
 * admin and the storefront. Exact to the fen, rounded half up once.
 */
import BigNumber from "bignumber.js"
import {
  compareAmounts,
  fenToYuan,
  formatAmount,
  formatFen,
  formatYuan,
  groupedYuan,
  money,
  parseFen,
  roundToFen,
  splitByWeights,
  sumAmounts,
  yuanString,
  yuanToFen,
} from "../../backend/src/shared/money"

describe("exact amounts in yuan", () => {
  it("reads numbers, decimal strings and nothing (zero), and refuses what is no amount", () => {
    expect(money("12.345").toFixed()).toBe("12.345")
    expect(money(0.1).plus(money(0.2)).toFixed()).toBe("0.3")
    for (const nothing of [null, undefined, ""]) expect(money(nothing).isZero()).toBe(true)
    expect(() => money("abc")).toThrow(/Not an amount/)
    expect(() => money(Infinity)).toThrow(/Not an amount/)
  })

  it("rounds once, half up, to the fen", () => {
    expect(roundToFen(money("2.345")).toFixed()).toBe("2.35")
    expect(roundToFen(money("2.3449")).toFixed()).toBe("2.34")
    expect(roundToFen(money("-2.345")).toFixed()).toBe("-2.35")
  })

  it("writes the API's decimal strings with two decimals and no negative zero", () => {
    expect(yuanString("12.5")).toBe("12.50")
    expect(yuanString(new BigNumber("-0.001"))).toBe("0.00")
    expect(yuanString(-3)).toBe("-3.00")
    expect(yuanString("1234567.891")).toBe("1234567.89")
  })

  it("splits a total into whole fen that sum exactly to it", () => {
    const parts = splitByWeights("0.10", [1, 1, 1])
    expect(parts.map((p) => p.toFixed(2))).toEqual(["0.04", "0.03", "0.03"])
    expect(yuanString(parts.reduce((a, b) => a.plus(b)))).toBe("0.10")
  })
})

describe("whole fen", () => {
  it("converts yuan to fen and back", () => {
    expect(yuanToFen(49.9)).toBe(4990)
    expect(yuanToFen("0.07")).toBe(7)
    expect(yuanToFen("12.345")).toBe(1235)
    for (const none of [null, undefined, "", "abc"]) expect(yuanToFen(none)).toBeNull()
    expect(fenToYuan(4990)).toBe("49.90")
    expect(fenToYuan(BigInt(-1205))).toBe("-12.05")
    expect(fenToYuan(new BigNumber(7))).toBe("0.07")
  })

  it("parses the API's yuan strings exactly, rounding half up past the fen", () => {
    expect(parseFen("1234567.8")).toBe(BigInt(123456780))
    expect(parseFen("0.005")).toBe(BigInt(1))
    expect(parseFen("-12")).toBe(BigInt(-1200))
    expect(parseFen(".5")).toBe(BigInt(50))
    for (const bad of [null, undefined, "", "abc", "1.2.3", "-"]) expect(parseFen(bad)).toBeNull()
  })

  it("orders and adds yuan strings without floating point", () => {
    expect(compareAmounts("0.10", "0.1")).toBe(0)
    expect(compareAmounts("9.99", "10")).toBe(-1)
    expect(compareAmounts("x", "-1")).toBe(1)
    expect(sumAmounts(["0.10", "0.20", "1000000.01", "x"])).toBe("1000000.31")
  })
})

describe("money a person reads", () => {
  it("groups thousands and shows the yuan sign", () => {
    expect(groupedYuan(123456789)).toBe("1,234,567.89")
    expect(groupedYuan(BigInt(-5))).toBe("-0.05")
    expect(formatFen(4990)).toBe("¥49.90")
    expect(formatFen(-1200)).toBe("-¥12.00")
    expect(formatYuan("123456.7")).toBe("¥123,456.70")
    expect(formatYuan(49.9)).toBe("¥49.90")
    expect(formatYuan(null)).toBe("¥0.00")
    expect(formatAmount("1234567.8")).toBe("1,234,567.80")
    expect(formatAmount("n/a")).toBe("n/a")
  })
})
