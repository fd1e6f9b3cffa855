import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { type AdminUnitApproval, UNIT_APPROVAL_STATUSES } from "../../../types/http/unit-approval"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { UnitFilter, unitFilterOf } from "../../components/units/unit-filter"
import { ListPage } from "../../components/list-page"
import { unitApprovalColumns } from "../../components/unit-approvals/columns"
import { useUnitApprovals } from "../../hooks/api/unit-approvals"
import { useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.unitApprovals",
  translationNs: "meixian",
  icon: CheckCircle,
})

export const handle = crumbHandle("nav.unitApprovals")

const TABLE = listTable<AdminUnitApproval>("unit-approvals", {
  minWidth: "min-w-[1000px]",
  columns: unitApprovalColumns,
  empty: "unitApproval.empty",
})

/** 单位审批: every unit's approval requests, newest first; by status and unit (both in the URL). */
const UnitApprovalsPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(UNIT_APPROVAL_STATUSES, list.searchParams.get("status"))
  const unitId = unitFilterOf(list)
  const { data, ...query } = useUnitApprovals(
    { limit: list.query.limit, offset: list.query.offset, status, unit_id: unitId },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage title={t("unitApproval.listTitle")} subtitle={t("unitApproval.listSubtitle")}>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <EnumFilter
          list={list}
          name="status"
          options={UNIT_APPROVAL_STATUSES}
          optionLabel={(value) => t(`unitApproval.status.${value}`)}
          label={t("unitApproval.filters.status")}
          allLabel={t("unitApproval.filters.allStatuses")}
          testId="unit-approvals-filter-status"
        />
        <UnitFilter
          list={list}
          label={t("unitApproval.filters.unit")}
          allLabel={t("unitApproval.filters.allUnits")}
          testId="unit-approvals-filter-unit"
        />
      </div>
      <DataTable {...TABLE} query={query} rows={data?.approvals} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default UnitApprovalsPage
