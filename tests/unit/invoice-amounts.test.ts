/**
 * What can still be invoiced: paid − refunded − requested (not reversed),
 * exactly in fen; a request over it is refused with the figures in Chinese;
 * the request body's rules (credit code, 专票 details, amounts, the issue date).
 */
import {
  invoiceableFen,
  invoiceableOf,
  invoiceAmountProblem,
  invoiceRequestSchema,
  issueInvoiceSchema,
} from "../../backend/src/shared/invoice"
import { chinaToday } from "../../backend/src/shared/china-time"
import { creditCode } from "../fixtures/units"

const fen = (n: number) => BigInt(n)

describe("the amount that can still be invoiced", () => {
  it("is paid less refunded less requested, in whole fen, never below zero", () => {
    expect(invoiceableFen({ paid: fen(12_345), refunded: fen(107), requested: fen(0) })).toBe(
      fen(12_238)
    )
    expect(invoiceableFen({ paid: fen(12_345), refunded: fen(107), requested: fen(12_238) })).toBe(
      fen(0)
    )
    // a refund after the whole amount was invoiced: nothing left, not a negative amount
    expect(invoiceableFen({ paid: fen(10_000), refunded: fen(500), requested: fen(10_000) })).toBe(
      fen(0)
    )
    // large amounts stay exact (no floating point): ¥90,071,992,547,409.93
    const big = BigInt("9007199254740993")
    expect(invoiceableFen({ paid: big, refunded: fen(1), requested: fen(0) })).toBe(
      BigInt("9007199254740992")
    )
  })

  it("answers decimal yuan strings", () => {
    expect(invoiceableOf({ paid: fen(12_345), refunded: fen(107), requested: fen(5) })).toEqual({
      paid: "123.45",
      refunded: "1.07",
      requested: "0.05",
      available: "122.33",
    })
  })

  it("refuses an unpaid target and a request over what is left by one fen", () => {
    expect(
      invoiceAmountProblem(fen(1), { paid: fen(0), refunded: fen(0), requested: fen(0) })
    ).toContain("尚未付款")
    const state = { paid: fen(12_345), refunded: fen(107), requested: fen(0) }
    expect(invoiceAmountProblem(fen(12_238), state)).toBeNull()
    const over = invoiceAmountProblem(fen(12_239), state)
    expect(over).toContain("超过可开票金额 ¥122.38")
    expect(over).toContain("已退款 ¥1.07")
  })
})

describe("the request body", () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    kind: "normal",
    title: "梅县测试工会",
    tax_id: creditCode(5),
    amount: "10.00",
    email: "caiwu@example.cn",
    ...extra,
  })
  const message = (input: unknown) => {
    const r = invoiceRequestSchema.safeParse(input)
    return r.success ? null : r.error.issues.map((i) => i.message).join("; ")
  }

  it("takes a 普票 and a complete 专票", () => {
    expect(message(body())).toBeNull()
    expect(
      message(
        body({
          kind: "special",
          registered_address: "梅县区华侨城 1 号",
          registered_phone: "0753-2188888",
          bank_name: "农业银行梅县支行",
          bank_account: "6228 4801 2345 678",
        })
      )
    ).toBeNull()
  })

  it("names what a 专票 lacks and which credit-code check failed", () => {
    expect(message(body({ kind: "special", bank_name: "农业银行" }))).toContain(
      "注册地址、注册电话、银行账号"
    )
    const code = creditCode(5)
    expect(message(body({ tax_id: code.slice(0, 17) + (code[17] === "0" ? "1" : "0") }))).toContain(
      "校验位"
    )
    expect(message(body({ tax_id: "91440300ABC" }))).toContain("18 位")
    expect(message(body({ tax_id: code.slice(0, 16) + "I" + code[17] }))).toContain("大写字母")
  })

  it("refuses amounts that are not positive yuan with at most two decimals, and unknown fields", () => {
    for (const amount of ["0", "0.00", "-1", "1.001", "1e3", "", 12]) {
      expect(message(body({ amount })), String(amount)).not.toBeNull()
    }
    expect(message(body({ amount: "0.01" }))).toBeNull()
    expect(message(body({ status: "issued" }))).not.toBeNull()
  })

  it("takes an issue date up to today in China, never a future or impossible day", () => {
    const ok = issueInvoiceSchema.safeParse({
      number: "24442000000012345678",
      issued_on: chinaToday(),
    })
    expect(ok.success).toBe(true)
    for (const issued_on of ["2099-01-01", "2026-02-30", "2026-13-01", "20261201"]) {
      expect(issueInvoiceSchema.safeParse({ number: "44001234", issued_on }).success).toBe(false)
    }
  })
})
