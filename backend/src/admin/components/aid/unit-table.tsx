import { Table } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { compareAmounts, sumAmounts } from "../../../shared/money"
import type { AdminAidSummaryResponse } from "../../../types/http"
import { useT } from "../../i18n/use-t"
import { QueryBody, type QueryState, ReportCard } from "../report-card"
import { sharePercent, yuanText } from "./format"

/** The consumers' row of group_by=unit (not a unit: left out of this table). */
const CONSUMER_ROW_KEY = "consumer"

const COLUMNS = ["name", "amount", "orders", "quantity", "share"] as const

type UnitTableProps = {
  query: QueryState & { data?: AdminAidSummaryResponse }
}

/**
 * 单位: each unit's aid purchases in the range (rows of group_by=unit, the
 * consumers' row left out), most first, with its share of all units'
 * purchases; a unit's name opens its 单位客户 page.
 */
export const UnitTable = ({ query }: UnitTableProps) => {
  const t = useT()
  const { rows, total } = useMemo(() => {
    const collator = new Intl.Collator("zh-CN")
    const units = (query.data?.rows ?? [])
      .filter((row) => row.key && row.key !== CONSUMER_ROW_KEY)
      .sort((a, b) => -compareAmounts(a.amount, b.amount) || collator.compare(a.label, b.label))
    return { rows: units, total: sumAmounts(units.map((row) => row.amount)) }
  }, [query.data])

  return (
    <ReportCard title={t("aid.units.title")} subtitle={t("aid.units.hint")} testId="aid-units">
      <QueryBody query={query} empty={rows.length === 0} emptyMessage={t("aid.units.empty")}>
        <div className="overflow-x-auto">
          <Table className="min-w-[560px]" data-testid="aid-unit-table">
            <Table.Header>
              <Table.Row>
                {COLUMNS.map((column) => (
                  <Table.HeaderCell key={column} className={column === "name" ? "" : "text-right"}>
                    {t(`aid.units.columns.${column}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => {
                const share = sharePercent(row.amount, total)
                return (
                  <Table.Row key={row.key} data-testid={`aid-unit-row-${row.key}`}>
                    <Table.Cell className="max-w-[280px] truncate" title={row.label}>
                      <Link
                        to={`/units/${row.key}`}
                        className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
                        data-testid="aid-unit-link"
                      >
                        {row.label}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums" data-testid="aid-unit-amount">
                      {yuanText(t, row.amount)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums" data-testid="aid-unit-orders">
                      {row.orders}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums" data-testid="aid-unit-quantity">
                      {row.quantity}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums" data-testid="aid-unit-share">
                      {share === null ? t("common.none") : t("aid.units.share", { percent: share })}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      </QueryBody>
    </ReportCard>
  )
}
