import { StatusBadge } from "@medusajs/ui"
import { chinaDateTimeShort } from "../../../shared/china-time"
import type { AdminUnitApproval, UnitApprovalStatus } from "../../../types/http/unit-approval"
import type { TranslateFn } from "../../i18n/use-t"
import { yuanText } from "../aid/format"
import { type DataTableColumn, RowLink } from "../data-table"

const STATUS_COLOR: Record<UnitApprovalStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  placed: "green",
  rejected: "red",
  withdrawn: "grey",
}

/** The columns of the approvals overview: when, unit, what, amount, why, for whom, status, decision. */
export const unitApprovalColumns = (t: TranslateFn): DataTableColumn<AdminUnitApproval>[] => [
  {
    key: "requested_at",
    header: t("unitApproval.columns.requestedAt"),
    className: "whitespace-nowrap",
    cell: (a) => chinaDateTimeShort(a.requested_at),
  },
  {
    key: "unit",
    header: t("unitApproval.columns.unit"),
    className: "max-w-[220px] truncate",
    title: (a) => a.unit_name,
    cell: (a) => <RowLink to={`/units/${a.unit_id}`}>{a.unit_name}</RowLink>,
  },
  {
    key: "kind",
    header: t("unitApproval.columns.kind"),
    cell: (a) => t(`unitApproval.kind.${a.kind}`),
  },
  {
    key: "amount",
    header: t("unitApproval.columns.amount"),
    align: "right",
    cell: (a) => yuanText(t, a.amount),
  },
  {
    key: "reasons",
    header: t("unitApproval.columns.reasons"),
    cell: (a) => a.reasons.map((r) => t(`unitApproval.reasons.${r}`)).join("、"),
  },
  {
    key: "recipients",
    header: t("unitApproval.columns.recipients"),
    className: "max-w-[200px] truncate",
    cell: (a) =>
      a.recipients.length > 1
        ? t("unitApproval.recipientsMore", {
            first: a.recipients[0].name,
            count: a.recipients.length,
          })
        : (a.recipients[0]?.name ?? t("common.none")),
  },
  {
    key: "status",
    header: t("unitApproval.columns.status"),
    cell: (a) => (
      <StatusBadge color={STATUS_COLOR[a.status]} className="whitespace-nowrap">
        {t(`unitApproval.status.${a.status}`)}
      </StatusBadge>
    ),
  },
  {
    key: "decision",
    header: t("unitApproval.columns.decision"),
    className: "max-w-[240px] truncate",
    cell: (a) =>
      a.status === "rejected"
        ? t("unitApproval.rejectedBecause", { reason: a.reason ?? "" })
        : a.status === "placed"
          ? t("unitApproval.placedOrders", { count: a.order_ids.length })
          : a.status === "withdrawn"
            ? t("unitApproval.withdrawnBecause", { reason: a.reason ?? "" })
            : t("common.none"),
  },
]
