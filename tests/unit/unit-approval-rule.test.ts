import { chinaMonthStart } from "../../backend/src/shared/china-time"
import {
  approvalPolicySchema,
  approvalReasons,
  approvalRejectSchema,
  policyFen,
} from "../../backend/src/shared/unit-approval"

const F = (n: number) => BigInt(n)

describe("the approval rule of unit purchases (fen, exact)", () => {
  it("needs approval over the per-order amount, not at it", () => {
    const policy = { order_over: F(100_000), month_over: null }
    expect(approvalReasons(policy, F(100_000), F(0))).toEqual([])
    expect(approvalReasons(policy, F(100_001), F(0))).toEqual(["order_over"])
  })

  it("needs approval when the purchase takes the month's spending past the monthly amount", () => {
    const policy = { order_over: null, month_over: F(500_000) }
    expect(approvalReasons(policy, F(200_000), F(300_000))).toEqual([])
    expect(approvalReasons(policy, F(200_001), F(300_000))).toEqual(["month_over"])
    // already past it: any purchase at all
    expect(approvalReasons(policy, F(1), F(600_000))).toEqual(["month_over"])
  })

  it("gives both reasons, and none without a policy", () => {
    const both = { order_over: F(1_000), month_over: F(2_000) }
    expect(approvalReasons(both, F(1_500), F(1_000))).toEqual(["order_over", "month_over"])
    expect(
      approvalReasons({ order_over: null, month_over: null }, F(10 ** 12), F(10 ** 12))
    ).toEqual([])
  })

  it("adds large amounts without floating point (1 亿 yuan in fen and a fen more)", () => {
    const policy = policyFen({ order_over: null, month_over: "100000000.00" })
    expect(policy.month_over).toBe(F(10_000_000_000))
    expect(approvalReasons(policy, F(1), F(9_999_999_999))).toEqual([])
    expect(approvalReasons(policy, F(2), F(9_999_999_999))).toEqual(["month_over"])
    // 0.1 + 0.2 of yuan stays 30 fen
    expect(approvalReasons({ order_over: F(30), month_over: null }, F(10) + F(20), F(0))).toEqual(
      []
    )
  })

  it("reads stored amounts (decimal yuan, null) in fen", () => {
    expect(policyFen({ order_over: "1280.5", month_over: null })).toEqual({
      order_over: F(128_050),
      month_over: null,
    })
  })

  it("starts the China month at 00:00 UTC+8 on its first day", () => {
    // 2026-11-30 17:00 UTC is 2026-12-01 01:00 in China
    expect(chinaMonthStart(new Date("2026-11-30T17:00:00Z")).toISOString()).toBe(
      "2026-11-30T16:00:00.000Z"
    )
    expect(chinaMonthStart(new Date("2026-11-30T15:59:59Z")).toISOString()).toBe(
      "2026-10-31T16:00:00.000Z"
    )
  })
})

describe("the policy and rejection inputs", () => {
  it("takes yuan with two decimals at most, more than 0 and at most 1 亿; null or empty clears", () => {
    expect(approvalPolicySchema.parse({ order_over: "1000", month_over: 20000.5 })).toEqual({
      order_over: "1000.00",
      month_over: "20000.50",
    })
    expect(approvalPolicySchema.parse({ order_over: null, month_over: "" })).toEqual({
      order_over: null,
      month_over: null,
    })
    for (const bad of ["0", "-5", "1.234", "abc", "100000000.01", true]) {
      expect(approvalPolicySchema.safeParse({ order_over: bad }).success, String(bad)).toBe(false)
    }
    expect(approvalPolicySchema.safeParse({ other: 1 }).success).toBe(false)
  })

  it("requires a reason to reject", () => {
    expect(approvalRejectSchema.safeParse({ reason: "" }).success).toBe(false)
    expect(approvalRejectSchema.safeParse({}).success).toBe(false)
    expect(approvalRejectSchema.parse({ reason: "超出预算" })).toEqual({ reason: "超出预算" })
  })
})
