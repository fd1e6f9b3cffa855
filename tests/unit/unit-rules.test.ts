import {
  completeInvoice,
  creditCodeError,
  missingSpecialInvoiceFields,
  unitCreateSchema,
  unitMemberAddSchema,
  unitUpdateSchema,
} from "../../backend/src/shared/unit"
import { usccCheckCharacter } from "../../backend/src/shared/uscc"
import { UNIT_KIND_LABELS, UNIT_KINDS } from "../../backend/src/types/http/unit"

const code = (n: number) => {
  const first17 = `91440300${String(n).padStart(9, "0")}`
  return first17 + usccCheckCharacter(first17)
}

describe("unit field rules (shared/unit.ts)", () => {
  it("names the failed credit-code check with a machine code", () => {
    expect(creditCodeError(code(1))).toBeNull()
    expect(creditCodeError(` ${code(1).toLowerCase()} `)).toBeNull()
    expect(creditCodeError(code(1).slice(0, 16))?.code).toBe("uscc_length")
    expect(creditCodeError("91440300000000000I")?.code).toBe("uscc_characters")
    const wrong = code(1).slice(0, 17) + (code(1)[17] === "0" ? "1" : "0")
    expect(creditCodeError(wrong)?.code).toBe("uscc_checksum")
    expect(creditCodeError(wrong)?.message).toMatch(/校验位/)
    expect(creditCodeError(undefined)).toBeNull()
  })

  it("normalizes what people type: credit code, mobiles, bank accounts", () => {
    const parsed = unitCreateSchema.parse({
      name: " 梅县总工会 ",
      kind: "trade_union",
      credit_code: code(2)
        .toLowerCase()
        .replace(/(.{4})/g, "$1 "),
      contacts: [{ name: "李四", mobile: "139-2345-6789" }],
      invoice: {
        type: "special",
        registered_address: "梅州市梅县区",
        registered_phone: "0753-2188888",
        bank_name: "农行梅县支行",
        bank_account: "6228 4800 1234 5678 9",
      },
    })
    expect(parsed).toMatchObject({
      name: "梅县总工会",
      credit_code: code(2),
      contacts: [{ mobile: "13923456789" }],
      invoice: { bank_account: "6228480012345678" + "9" },
    })
  })

  it("refuses bad input with messages naming the field", () => {
    const base = { name: "梅县总工会", kind: "trade_union", credit_code: code(3) }
    const problems = [
      { ...base, kind: "club" },
      { ...base, name: "x" },
      { ...base, name: "a\u202eb" },
      { ...base, headcount: 0 },
      { ...base, headcount: 1.5 },
      { ...base, contacts: [{ name: "张三", mobile: "123" }] },
      { ...base, invoice: { type: "special" } },
      { ...base, invoice: { tax_id: "abc" } },
      { ...base, extra: true },
    ]
    for (const input of problems) expect(unitCreateSchema.safeParse(input).success).toBe(false)
    expect(unitUpdateSchema.safeParse({ status: "verified" }).success).toBe(false)
    expect(unitUpdateSchema.safeParse({ headcount: 10 }).success).toBe(true)
    expect(unitMemberAddSchema.parse({ email: " A@B.CN ", role: "finance" })).toEqual({
      email: "a@b.cn",
      role: "finance",
    })
    expect(unitMemberAddSchema.safeParse({ email: "a@b.cn", role: "owner" }).success).toBe(false)
  })

  it("fills invoice defaults from the unit and lists what a 专票 lacks", () => {
    expect(completeInvoice(undefined, { name: "梅县总工会", credit_code: code(4) })).toEqual({
      type: "normal",
      title: "梅县总工会",
      tax_id: code(4),
      registered_address: null,
      registered_phone: null,
      bank_name: null,
      bank_account: null,
    })
    expect(missingSpecialInvoiceFields({ type: "normal" })).toEqual([])
    expect(missingSpecialInvoiceFields({ type: "special", bank_name: "中国银行" })).toEqual([
      "registered_address",
      "registered_phone",
      "bank_account",
    ])
  })

  it("has a Chinese label for every unit kind", () => {
    for (const kind of UNIT_KINDS) expect(UNIT_KIND_LABELS[kind]).toMatch(/\p{Script=Han}/u)
  })
})
