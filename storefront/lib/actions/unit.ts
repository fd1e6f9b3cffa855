"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { UNIT_MEMBER_ROLE_LABELS, type UnitCreateRequest } from "@http/unit"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { fieldErrors } from "@/lib/checkout/schema"
import {
  addUnitMember,
  applyForUnit,
  removeUnitMember,
  retrieveMyUnit,
  updateMyUnit,
  updateUnitMember,
} from "@/lib/data/units"
import { t } from "@/lib/messages"
import { unitErrorOf, type UnitErrorContext } from "@/lib/unit/errors"
import {
  memberAddFormSchema,
  memberRoleSchema,
  UNIT_FORM_FIELDS,
  unitDetailsFormSchema,
  unitFormSchema,
  unitRequestOf,
} from "@/lib/unit/schema"

/**
 * The /unit forms' server actions: apply, save the details, add a member,
 * change a member's role or remove one. Every field is checked before the
 * request; every refusal of the server comes back in Chinese (beside its
 * field when it concerns one).
 */

/** The form's state after the server refused: the error beside its field or above the form. */
function refused(
  state: Omit<FormState, "errors">,
  error: unknown,
  context: UnitErrorContext
): FormState {
  const { field, message } = unitErrorOf(error, context)
  return field
    ? { ...state, errors: { [field]: message } }
    : { ...state, errors: {}, formError: message }
}

export async function applyUnitAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, UNIT_FORM_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const parsed = unitFormSchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await applyForUnit(unitRequestOf(parsed.data) as UnitCreateRequest)
  } catch (error) {
    return refused({ round, values }, error, "apply")
  }
  refresh()
  redirect("/unit")
}

export async function updateUnitAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, UNIT_FORM_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const current = await retrieveMyUnit().catch(() => null)
  if (!current) return { round, values, errors: {}, formError: t("unit.errors.notInUnit") }
  // name, kind and credit code are the support team's once the unit is verified
  const pending = current.unit.status === "pending"
  const parsed = (pending ? unitFormSchema : unitDetailsFormSchema).safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await updateMyUnit(unitRequestOf(parsed.data, current.unit.contacts.slice(1)))
  } catch (error) {
    return refused({ round, values }, error, "update")
  }
  refresh()
  return { round, values, errors: {}, message: t("unit.saved") }
}

export async function addMemberAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["email", "role"])
  const round = (previous?.round ?? 0) + 1
  const parsed = memberAddFormSchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  const email = parsed.data.email ?? ""
  try {
    await addUnitMember(email, parsed.data.role)
  } catch (error) {
    return refused({ round, values }, error, "addMember")
  }
  refresh()
  return {
    round,
    values: { role: values.role },
    errors: {},
    message: t("unit.members.added", { email }),
  }
}

/** A member's row: `intent` "role" saves the chosen role, "remove" removes the member. */
export async function memberAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["member_id", "email", "role", "intent"])
  const round = (previous?.round ?? 0) + 1
  const { member_id: id, email } = values
  try {
    if (values.intent === "remove") {
      await removeUnitMember(id)
      refresh()
      return { round, values: {}, errors: {}, message: t("unit.members.removed", { email }) }
    }
    const role = memberRoleSchema.safeParse(values.role)
    if (!role.success) return { round, values, errors: { role: t("unit.errors.roleInvalid") } }
    await updateUnitMember(id, role.data)
    refresh()
    const label = UNIT_MEMBER_ROLE_LABELS[role.data]
    return {
      round,
      values,
      errors: {},
      message: t("unit.members.roleChanged", { email, role: label }),
    }
  } catch (error) {
    return refused({ round, values }, error, "member")
  }
}

/** The signed-in member leaves their unit (their own membership), then sees /unit without one. */
export async function leaveUnitAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["member_id"])
  const round = (previous?.round ?? 0) + 1
  try {
    await removeUnitMember(values.member_id)
  } catch (error) {
    return refused({ round, values }, error, "member")
  }
  refresh()
  redirect("/unit")
}
