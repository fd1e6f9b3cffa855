/**
 * The approval rule of unit purchases (审批), one home for the server's
 * workflows, the admin and the storefront: a purchase needs approval when
 * its amount is over the unit's per-order amount, or when it would take the
 * China month's cumulative spending over the monthly amount. Exact in fen.
 */
import { z } from "zod"
import type { UnitApprovalReason } from "../types/http/unit-approval"
import { fenToYuan, parseFen } from "./money"
import { line } from "./text"

/** The largest amount a policy takes: 1 亿 yuan. */
export const APPROVAL_AMOUNT_MAX_FEN = BigInt(10_000_000_000)

export type ApprovalPolicyFen = { order_over: bigint | null; month_over: bigint | null }

/**
 * Why a purchase of `amountFen` needs approval, given what the unit spent in
 * the month so far (`spentFen`): empty when it may be placed directly. At the
 * amount exactly is not over it.
 */
export function approvalReasons(
  policy: ApprovalPolicyFen,
  amountFen: bigint,
  spentFen: bigint
): UnitApprovalReason[] {
  const reasons: UnitApprovalReason[] = []
  if (policy.order_over !== null && amountFen > policy.order_over) reasons.push("order_over")
  if (policy.month_over !== null && spentFen + amountFen > policy.month_over)
    reasons.push("month_over")
  return reasons
}

/** A stored policy amount (decimal yuan or null) in fen. */
export function policyFen(policy: {
  order_over?: unknown
  month_over?: unknown
}): ApprovalPolicyFen {
  const fen = (value: unknown) =>
    value === null || value === undefined ? null : parseFen(String(value))
  return { order_over: fen(policy.order_over), month_over: fen(policy.month_over) }
}

/** An amount of a policy: more than 0, two decimals at most, at most 1 亿; null or "" clears it. */
const policyAmount = (what: string) =>
  z.unknown().transform((value, ctx) => {
    if (value === null || value === "") return null
    const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : ""
    const fen = /^\d+(\.\d{1,2})?$/.test(text) ? parseFen(text) : null
    if (fen === null || fen <= BigInt(0) || fen > APPROVAL_AMOUNT_MAX_FEN) {
      ctx.addIssue({
        code: "custom",
        message: `${what}须是大于 0 的金额（元，最多两位小数，不超过 1 亿），留空表示不设`,
      })
      return z.NEVER
    }
    return fenToYuan(fen)
  })

export const approvalPolicySchema = z
  .object({
    order_over: policyAmount("单笔审批金额").optional(),
    month_over: policyAmount("月度累计审批金额").optional(),
  })
  .strict()
export type ApprovalPolicyInput = z.infer<typeof approvalPolicySchema>

/** 驳回理由: required, one to 200 characters. */
export const approvalRejectSchema = z
  .object({
    reason: line("reason", 200).pipe(z.string().min(1, "请填写驳回理由")),
  })
  .strict()

/** 申请说明: optional, up to 200 characters. */
export const approvalNoteSchema = line("note", 200).nullish()
