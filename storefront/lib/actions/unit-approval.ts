"use server"

import { refresh } from "next/cache"
import {
  approvalNoteSchema,
  approvalPolicySchema,
  approvalRejectSchema,
} from "@shared/unit-approval"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { fieldErrors } from "@/lib/checkout/schema"
import { getCartId } from "@/lib/data/cookies"
import { decideApproval, requestCartApproval, setMyApprovalPolicy } from "@/lib/data/unit-approvals"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"

/**
 * The unit approval forms' server actions: the 管理员 sets the policy, a
 * 采购员 requests approval for the current cart, the 审批人 approves or
 * rejects with a reason. Checked with the server's own rules
 * (@shared/unit-approval) first; a refusal comes back in Chinese.
 */

function refusedBy(error: unknown): string {
  const status =
    typeof error === "object" && error && "status" in error ? Number(error.status) : 500
  return bulkRefusal(status, error)
}

export async function setPolicyAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["order_over", "month_over"])
  const round = (previous?.round ?? 0) + 1
  const parsed = approvalPolicySchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await setMyApprovalPolicy(parsed.data)
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error) }
  }
  refresh()
  return { round, values, errors: {}, message: t("unitApproval.policy.saved") }
}

export async function requestCartApprovalAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, ["message"])
  const round = (previous?.round ?? 0) + 1
  const note = approvalNoteSchema.safeParse(values.message || null)
  if (!note.success) return { round, values, errors: fieldErrors(note.error) }
  const cartId = await getCartId()
  if (!cartId) return { round, values, errors: {}, formError: t("unitApproval.request.noCart") }
  try {
    await requestCartApproval(cartId, note.data ?? null)
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error) }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("unitApproval.request.sent") }
}

export async function decideApprovalAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, ["id", "decision", "reason"])
  const round = (previous?.round ?? 0) + 1
  let decision: { approve: true } | { approve: false; reason: string } = { approve: true }
  if (values.decision !== "approve") {
    const parsed = approvalRejectSchema.safeParse({ reason: values.reason })
    if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
    decision = { approve: false, reason: parsed.data.reason }
  }
  try {
    await decideApproval(values.id, decision)
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error) }
  }
  refresh()
  const done = decision.approve ? "unitApproval.decide.approved" : "unitApproval.decide.rejected"
  return { round, values: {}, errors: {}, message: t(done) }
}
