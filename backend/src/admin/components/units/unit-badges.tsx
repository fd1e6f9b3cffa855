import { Badge, StatusBadge } from "@medusajs/ui"
import type { UnitKind, UnitStatus } from "../../../types/http/unit"
import { useT } from "../../i18n/use-t"

const STATUS_COLORS = { pending: "orange", verified: "green", disabled: "grey" } as const

/** 待审核 / 已认证 / 已停用 */
export const UnitStatusBadge = ({ status }: { status: UnitStatus }) => {
  const t = useT()
  return (
    <StatusBadge
      color={STATUS_COLORS[status]}
      className="whitespace-nowrap"
      data-testid="unit-status"
    >
      {t(`unit.status.${status}`)}
    </StatusBadge>
  )
}

/** 党政机关 / 事业单位 / … */
export const UnitKindBadge = ({ kind }: { kind: UnitKind }) => {
  const t = useT()
  return (
    <Badge size="2xsmall" color="grey">
      {t(`unit.kind.${kind}`)}
    </Badge>
  )
}
