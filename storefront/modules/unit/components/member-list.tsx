import { UNIT_MEMBER_ROLE_LABELS, type UnitMember } from "@http/unit"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { MemberControls } from "./member-controls"

/** The unit's members with their roles; the 管理员 gets each member's controls. */
export function MemberList({
  members,
  memberId,
  manage,
}: {
  members: UnitMember[]
  /** the signed-in customer's own membership */
  memberId: string
  /** the 管理员's view: change roles, remove members */
  manage: boolean
}) {
  const messages = manage ? messagesOf("unit") : {}
  return (
    <ul className={styles.lines} data-testid="unit-members">
      {members.map((member) => {
        const name = [member.customer.last_name, member.customer.first_name]
          .filter(Boolean)
          .join("")
        return (
          <li
            key={member.id}
            className={styles.line}
            style={{ gridTemplateColumns: "minmax(0, 1fr)" }}
            data-testid="unit-member"
            data-email={member.customer.email}
          >
            <div>
              <p className={styles.lineTitle}>
                {member.customer.email}
                {member.id === memberId && t("unit.members.you")}
              </p>
              {name && <p className={styles.lineMeta}>{t("unit.members.nameLine", { name })}</p>}
              <p className={styles.lineMeta}>
                {t("unit.members.roleLine")}
                <span data-testid="unit-member-role">{UNIT_MEMBER_ROLE_LABELS[member.role]}</span>
              </p>
              {manage && <MemberControls member={member} messages={messages} />}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
