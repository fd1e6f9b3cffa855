import { describe, expect, it } from "vitest"
import { passwordProblem } from "../../backend/src/auth/password-rules"

const rule = (actor: string, password: string, email?: string) =>
  passwordProblem(actor, password, email)?.rule ?? null

describe("password rules", () => {
  it("accept the seeded and test passwords", () => {
    expect(passwordProblem("user", "meixian-admin-2026", "admin@meixian-aid.cn")).toBeNull()
    expect(passwordProblem("user", "dongxi-farm-2026", "farm@dongxi-demo.example.cn")).toBeNull()
    expect(passwordProblem("user", "farm-pass-2026", "staff@shesui-demo.example.cn")).toBeNull()
    expect(
      passwordProblem("user", "rice-staff-2026", "rice.staff@shesui-demo.example.cn")
    ).toBeNull()
    expect(passwordProblem("customer", "meixian-buyer-2026", "buyer@example.cn")).toBeNull()
    expect(passwordProblem("customer", "secret-123456", "buyer-aid@example.cn")).toBeNull()
  })

  it("ask admin and farm users for 10 characters with letters and digits", () => {
    expect(passwordProblem("user", "hilltop-tea-7391", "x@y.cn")).toBeNull()
    expect(passwordProblem("user", "short-123", "x@y.cn")).toMatchObject({
      rule: "too_short",
      min_length: 10,
      message: "The password must be at least 10 characters long.",
    })
    expect(rule("user", "only-letters-here")).toBe("letters_and_digits")
    expect(rule("user", "2026-11-29-0800")).toBe("letters_and_digits")
    expect(rule("user", "x".repeat(129))).toBe("too_long")
  })

  it("do not count the e-mail's name towards the length", () => {
    expect(rule("user", "zhangwei2026", "zhangwei@meixian-aid.cn")).toBe("email_name")
    expect(rule("user", "ZhangWei-ZhangWei-1", "zhangwei@meixian-aid.cn")).toBe("email_name")
    expect(rule("customer", "lihua1990", "lihua@qq.com")).toBe("email_name")
    // a short name (under 3 characters) is not looked for
    expect(rule("customer", "li-mountain-tea-7", "li@qq.com")).toBeNull()
  })

  it("refuse common passwords and patterns, including ones common in China", () => {
    for (const password of [
      "password123",
      "qwerty123456",
      "1q2w3e4r5t6y",
      "abc1234567",
      "woaini1314520",
      "admin12345678",
    ]) {
      expect(rule("user", password, "ops@meixian-aid.cn")).toBe("too_common")
    }
    for (const password of ["12345678", "password", "iloveyou", "woaini1314", "5201314520"]) {
      expect(rule("customer", password, "buyer@example.cn")).toBe("too_common")
    }
  })

  it("keep the lighter rule for buyers: 8 characters, no letters-and-digits requirement", () => {
    expect(passwordProblem("customer", "short12", "b@x.cn")).toMatchObject({
      rule: "too_short",
      min_length: 8,
    })
    expect(passwordProblem("customer", "green tea hills", "b@x.cn")).toBeNull()
    expect(rule("user", "green tea hills", "b@x.cn")).toBe("letters_and_digits")
    // any other actor type gets the buyers' rule
    expect(passwordProblem("unit_member", "green tea hills")).toBeNull()
  })
})
