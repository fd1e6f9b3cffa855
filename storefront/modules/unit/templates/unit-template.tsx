import type { StoreUnitResponse, UnitMember } from "@http/unit"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { updateUnitAction } from "@/lib/actions/unit"
import type { StoreCustomer } from "@/lib/data/customer"
import { messagesOf, t } from "@/lib/messages"
import { unitFormValues } from "@/lib/unit/schema"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { AddMemberForm } from "../components/add-member-form"
import { LeaveUnitForm } from "../components/leave-unit-form"
import { MemberList } from "../components/member-list"
import { UnitDetails } from "../components/unit-details"
import { UnitForm } from "../components/unit-form"
import { UnitTabs } from "../components/unit-tabs"

/**
 * /unit for a member: the unit's status and details and its members. A
 * 管理员 of a unit that is not disabled edits the details and manages the
 * members; a 采购员 or 财务 (and everyone in a disabled unit) reads them.
 * Every member may leave.
 */
export function UnitTemplate({
  customer,
  membership,
  members,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  members: UnitMember[]
}) {
  const { unit, role, member_id } = membership
  const manage = role === "admin" && unit.status !== "disabled"
  const messages = messagesOf("unit")
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="unit" />
      <UnitDetails unit={unit} role={role} />
      <section className={styles.card} aria-labelledby="unit-members-heading">
        <h2 id="unit-members-heading">{t("unit.members.heading")}</h2>
        {manage ? (
          <p className={styles.hint}>{t("unit.members.intro")}</p>
        ) : (
          <p className={styles.hint} data-testid="unit-read-only">
            {t(unit.status === "disabled" ? "unit.status.disabledHint" : "unit.readOnly")}
          </p>
        )}
        <MemberList members={members} memberId={member_id} manage={manage} />
        <LeaveUnitForm memberId={member_id} messages={messages} />
      </section>
      {manage && (
        <>
          <section className={styles.card} aria-labelledby="unit-add-member-heading">
            <h2 id="unit-add-member-heading">{t("unit.members.addHeading")}</h2>
            <AddMemberForm messages={messages} />
          </section>
          <section className={styles.card} aria-labelledby="unit-edit-heading">
            <h2 id="unit-edit-heading">{t("unit.editHeading")}</h2>
            <UnitForm
              action={updateUnitAction}
              initial={{ ...EMPTY_FORM, values: unitFormValues(unit) }}
              identityLocked={unit.status !== "pending"}
              submit="save"
              testId="unit-edit-form"
              messages={messages}
            />
          </section>
        </>
      )}
    </AccountShell>
  )
}
