/**
 * The server's address and text rules (backend/src/shared/address.ts,
 * backend/src/shared/text.ts) and the storefront's checkout schema refuse
 * the same things: what the storefront lets through, the server accepts; what
 * the server refuses, the storefront refuses first with a Chinese message.
 */
import { vi } from "vitest"

vi.mock("server-only", () => ({}))

const server = () => import("../../backend/src/shared/address")
const text = () => import("../../backend/src/shared/text")
const storefront = () => import("../../storefront/lib/checkout/schema")
const medusa = () => import("../../storefront/lib/address/medusa-address")

const FORM = {
  recipient: "李明",
  phone: "13800138000",
  province: "440000",
  city: "440100",
  district: "440106",
  street: "体育西路",
  detail: "1 号 3 栋 1201 室",
}

/** Every forbidden character and a few neighbours that are allowed. */
const FORBIDDEN = [
  "\u0000",
  "\u0007",
  "\u000b",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
]
const ALLOWED = ["\u00a0", "\u200d", "\u3000", "·", "—", "（"]

describe("address rules: storefront and server agree", () => {
  it("accepts on the server every address the storefront builds, up to the storefront's longest fields", async () => {
    const { addressSchema } = await storefront()
    const { divisionsOf, medusaAddress } = await medusa()
    const { AddressRules } = await server()
    // the longest district name of all, with the longest street and detail the form allows
    const { provinces } = await import("../../storefront/lib/address/regions")
    let longest = { province: "", city: "", district: "", length: 0 }
    for (const p of provinces())
      for (const c of p.cities)
        for (const d of c.districts) {
          if (d.name.length > longest.length)
            longest = { province: p.code, city: c.code, district: d.code, length: d.name.length }
        }
    for (const values of [
      FORM,
      {
        ...FORM,
        ...longest,
        recipient: "名".repeat(30),
        street: "街".repeat(60),
        detail: "址".repeat(120),
      },
    ]) {
      const parsed = addressSchema.safeParse(values)
      expect(parsed.success).toBe(true)
      const { divisions } = divisionsOf(values)
      const address = medusaAddress(parsed.data!, divisions!)
      const checked = AddressRules.safeParse(address)
      expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true)
    }
  })

  it("refuses on both sides what is too long, multi-line, or not a mobile number", async () => {
    const { addressSchema } = await storefront()
    const { AddressRules, ADDRESS_LIMITS } = await server()
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ recipient: "名".repeat(31) }, { first_name: "名".repeat(ADDRESS_LIMITS.first_name + 1) }],
      [{ detail: "址".repeat(121) }, { address_2: "址".repeat(ADDRESS_LIMITS.address_2 + 1) }],
      [{ street: "体育\n西路" }, { address_1: "天河区 体育\n西路" }],
      [{ phone: "0755-1234567" }, { phone: "0755-1234567" }],
      [{ phone: "12800138000" }, { phone: "12800138000" }],
    ]
    for (const [form, address] of cases) {
      expect(addressSchema.safeParse({ ...FORM, ...form }).success, JSON.stringify(form)).toBe(
        false
      )
      expect(
        AddressRules.safeParse({ first_name: "李明", ...address }).success,
        JSON.stringify(address)
      ).toBe(false)
    }
  })

  it("refuses the same control and bidirectional-text characters, with a Chinese message in the storefront", async () => {
    const { addressSchema, FORBIDDEN_CHARACTER: storefrontForbidden } = await storefront()
    const { FORBIDDEN_CHARACTER, forbiddenCharacterIn } = await text()
    for (const c of FORBIDDEN) {
      expect(FORBIDDEN_CHARACTER.test(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe(true)
      expect(storefrontForbidden.test(`a${c}b`)).toBe(true)
      const parsed = addressSchema.safeParse({ ...FORM, street: `体育${c}西路` })
      expect(parsed.success).toBe(false)
      expect(parsed.error!.issues[0].message).toMatch(/字符/)
    }
    for (const c of [...ALLOWED, "\t", "\n", "\r"]) {
      expect(FORBIDDEN_CHARACTER.test(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe(false)
      expect(storefrontForbidden.test(`a${c}b`)).toBe(false)
    }
    expect(storefrontForbidden.source).toBe(FORBIDDEN_CHARACTER.source)
    expect(forbiddenCharacterIn("a\u202eb")).toBe("U+202E")
    expect(forbiddenCharacterIn("梅县蜜柚")).toBeNull()
  })

  it("uses the same mobile number pattern", async () => {
    const { MOBILE } = await storefront()
    const { MOBILE: serverMobile } = await server()
    expect(serverMobile.source).toBe(MOBILE.source)
  })
})
