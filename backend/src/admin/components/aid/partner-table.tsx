import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Table, clx } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { compareAmounts } from "../../../shared/money"
import type { AdminAidSummaryResponse } from "../../../types/http"
import { useT } from "../../i18n/use-t"
import { QueryBody, type QueryState, ReportCard } from "../report-card"
import { yuanText } from "./format"

type PartnerTableProps = {
  query: QueryState & { data?: AdminAidSummaryResponse }
  townName?: string
  selected?: string
  onSelect: (partnerId: string | undefined) => void
}

/** Totals per partner (of the drilled-down town, if any), sortable by amount; a click opens its entries. */
export const PartnerTable = ({ query, townName, selected, onSelect }: PartnerTableProps) => {
  const t = useT()
  const [descending, setDescending] = useState(true)
  const rows = useMemo(() => {
    const collator = new Intl.Collator("zh-CN")
    return [...(query.data?.rows ?? [])].sort(
      (a, b) =>
        (descending ? -1 : 1) * compareAmounts(a.amount, b.amount) ||
        collator.compare(a.label, b.label)
    )
  }, [query.data, descending])

  return (
    <ReportCard
      title={townName ? t("aid.partners.titleInTown", { town: townName }) : t("aid.partners.title")}
      subtitle={t("aid.partners.hint")}
      testId="aid-partners"
    >
      <QueryBody query={query} empty={rows.length === 0} emptyMessage={t("aid.partners.empty")}>
        <div className="overflow-x-auto">
          <Table className="min-w-[480px]" data-testid="aid-partner-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aid.partners.columns.name")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  <button
                    type="button"
                    className="text-ui-fg-subtle hover:text-ui-fg-base inline-flex items-center gap-x-1"
                    title={t("aid.partners.sortByAmount")}
                    aria-label={t("aid.partners.sortByAmount")}
                    aria-sort={descending ? "descending" : "ascending"}
                    onClick={() => setDescending((prev) => !prev)}
                    data-testid="aid-partner-sort-amount"
                  >
                    {t("aid.partners.columns.amount")}
                    {descending ? <ArrowDownMini /> : <ArrowUpMini />}
                  </button>
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("aid.partners.columns.quantity")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("aid.partners.columns.orders")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => {
                const isSelected = !!row.key && row.key === selected
                return (
                  <Table.Row
                    key={row.key ?? "none"}
                    className={clx(row.key && "cursor-pointer", isSelected && "bg-ui-bg-highlight")}
                    onClick={() => row.key && onSelect(isSelected ? undefined : row.key)}
                    aria-selected={isSelected}
                    data-testid={`aid-partner-row-${row.key ?? "unassigned"}`}
                  >
                    <Table.Cell className="max-w-[280px] truncate" title={row.label}>
                      {row.key ? (
                        <button
                          type="button"
                          className="text-ui-fg-base hover:text-ui-fg-interactive text-left font-medium"
                          onClick={(event) => {
                            event.stopPropagation()
                            onSelect(isSelected ? undefined : (row.key ?? undefined))
                          }}
                        >
                          {row.label}
                        </button>
                      ) : (
                        row.label
                      )}
                    </Table.Cell>
                    <Table.Cell
                      className="text-right tabular-nums"
                      data-testid="aid-partner-amount"
                    >
                      {yuanText(t, row.amount)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{row.quantity}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{row.orders}</Table.Cell>
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
