import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Input } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { chinaToday } from "../../../shared/china-time"
import { formatYuan } from "../../../shared/money"
import type { AdminUnitQuotaRow } from "../../../types/http/unit-report"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable } from "../../components/data-table"
import { ListPage } from "../../components/list-page"
import {
  type StatementTarget,
  StatementsButton,
  StatementsDrawer,
} from "../../components/unit-reports/statements-drawer"
import { useUnitQuotas } from "../../hooks/api/unit-reports"
import { type TranslateFn, useT } from "../../i18n/use-t"

export const config = defineRouteConfig({
  label: "nav.unitQuotas",
  translationNs: "meixian",
  icon: ChartBar,
})

export const handle = crumbHandle("nav.unitQuotas")

type Row = AdminUnitQuotaRow & { id: string }

const columns = (t: TranslateFn, open: (row: Row) => void): DataTableColumn<Row>[] => [
  { key: "unit", header: t("unitReport.columns.unit"), cell: (row) => row.unit_name },
  {
    key: "target",
    header: t("unitReport.columns.target"),
    align: "right",
    cell: (row) =>
      row.quota
        ? `${formatYuan(row.quota.amount)}${
            row.quota.basis === "per_member"
              ? `（${t("unitReport.perMember", {
                  perMember: formatYuan(row.quota.per_member),
                  headcount: row.quota.headcount ?? 0,
                })}）`
              : ""
          }`
        : t("unitReport.notSet"),
  },
  {
    key: "total",
    header: t("unitReport.columns.total"),
    align: "right",
    cell: (row) => formatYuan(row.total),
  },
  {
    key: "percent",
    header: t("unitReport.columns.percent"),
    align: "right",
    cell: (row) => (row.percent === null ? t("common.none") : `${row.percent}%`),
  },
  {
    key: "statements",
    header: "",
    align: "right",
    cell: (row) => <StatementsButton onOpen={() => open(row)} />,
  },
]

/** 帮扶额度: every verified unit's target and progress in a year, and its statements. */
const UnitQuotasPage = () => {
  const t = useT()
  const thisYear = Number(chinaToday().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [target, setTarget] = useState<StatementTarget | null>(null)
  const { data, ...query } = useUnitQuotas(year, { placeholderData: keepPreviousData })
  return (
    <ListPage
      title={t("unitReport.listTitle")}
      subtitle={t("unitReport.listSubtitle")}
      actions={
        <Input
          type="number"
          size="small"
          aria-label={t("unitReport.year")}
          value={year}
          min={2020}
          max={2100}
          onChange={(e) => {
            const next = Number(e.target.value)
            if (Number.isInteger(next) && next >= 2020 && next <= 2100) setYear(next)
          }}
          data-testid="unit-quotas-year"
        />
      }
    >
      <DataTable
        {...listTable<Row>("unit-quotas", {
          minWidth: "min-w-[720px]",
          columns: (tr) => columns(tr, (row) => setTarget(row)),
          empty: "unitReport.empty",
          rowProps: (row) => ({ "data-testid": "unit-quotas-table-row", "data-unit": row.unit_id }),
        })}
        query={query}
        rows={data?.units.map((row) => ({ ...row, id: row.unit_id }))}
      />
      <StatementsDrawer target={target} onClose={() => setTarget(null)} />
    </ListPage>
  )
}

export default UnitQuotasPage
