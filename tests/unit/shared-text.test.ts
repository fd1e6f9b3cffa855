/**
 * backend/src/shared/text.ts and contact.ts: which control and bidirectional
 * characters each kind of text refuses, and the contact rules.
 */
import { contactKind, EMAIL, MOBILE, normalizeContact } from "../../backend/src/shared/contact"
import {
  CONTROL_CHARACTER,
  FORBIDDEN_CHARACTER,
  isPlainLine,
  TEXT_CONTROL_CHARACTER,
} from "../../backend/src/shared/text"

const has = (pattern: RegExp, c: string) => pattern.test(`a${c}b`)

describe("character rules", () => {
  it("refuses controls and bidi overrides everywhere, tab and line breaks only in one-line values", () => {
    for (const c of ["\u0000", "\u001b", "\u007f", "\u009f", "\u202e", "\u2066"]) {
      expect(has(FORBIDDEN_CHARACTER, c)).toBe(true)
      expect(has(TEXT_CONTROL_CHARACTER, c)).toBe(true)
      expect(has(CONTROL_CHARACTER, c)).toBe(true)
    }
    for (const c of ["\t", "\n", "\r"]) {
      expect(has(FORBIDDEN_CHARACTER, c)).toBe(false)
      expect(has(TEXT_CONTROL_CHARACTER, c)).toBe(false)
      expect(has(CONTROL_CHARACTER, c)).toBe(true)
      expect(isPlainLine(`a${c}b`)).toBe(false)
    }
    for (const c of ["\u200e", "\u200f"]) {
      expect(has(FORBIDDEN_CHARACTER, c)).toBe(false)
      expect(has(TEXT_CONTROL_CHARACTER, c)).toBe(true)
      expect(has(CONTROL_CHARACTER, c)).toBe(true)
    }
    for (const c of ["\u00a0", "\u200d", "\u3000", "·"]) {
      expect(has(CONTROL_CHARACTER, c)).toBe(false)
    }
    expect(isPlainLine("梅县金柚 5斤装")).toBe(true)
  })
})

describe("contacts", () => {
  it("tells a mainland mobile from an e-mail", () => {
    expect(MOBILE.test("13800138000")).toBe(true)
    expect(MOBILE.test("12800138000")).toBe(false)
    expect(EMAIL.test("a@b.cn")).toBe(true)
    expect(contactKind(" 13800138000 ")).toBe("mobile")
    expect(contactKind("Li@Example.com")).toBe("email")
    expect(contactKind("0753-2188888")).toBeNull()
    expect(normalizeContact("+86 138-0013-8000")).toEqual({
      contact: "13800138000",
      kind: "mobile",
      channel: "sms",
    })
    expect(normalizeContact("a\u202e@b.cn")).toBeNull()
  })
})
