import { Badge, StatusBadge } from "@medusajs/ui"
import { useT } from "../i18n/use-t"
import type { PartnerKind } from "../../types/http"

/** The partner kind in Chinese (农场 / 合作社 / 企业 / 家庭农场). */
export const KindBadge = ({ kind }: { kind: PartnerKind }) => {
  const t = useT()
  return (
    <Badge size="2xsmall" color="grey">
      {t(`partnerKind.${kind}`)}
    </Badge>
  )
}

/** 启用 / 停用 */
export const ActiveBadge = ({ active }: { active: boolean }) => {
  const t = useT()
  return (
    <StatusBadge color={active ? "green" : "grey"} className="whitespace-nowrap">
      {active ? t("common.active") : t("common.inactive")}
    </StatusBadge>
  )
}
