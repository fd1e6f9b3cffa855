import { Button, Text, clx } from "@medusajs/ui"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { formatAmount } from "../../../shared/money"
import type { AdminAidSummaryResponse, AidSummaryRow } from "../../../types/http"
import { useT } from "../../i18n/use-t"
import { QueryBody, type QueryState, ReportCard } from "../report-card"
import { amountTooltip, chartPoints, xAxisProps, yAxisProps } from "./chart"
import { formatPercent, yuanText } from "./format"
import { TargetsDrawer } from "./targets-drawer"

const BAR = "var(--bg-interactive)"
const BAR_DIMMED = "var(--fg-disabled)"

type TownPanelProps = {
  query: QueryState & { data?: AdminAidSummaryResponse }
  /** town id → handle, for stable test ids */
  handles: Map<string, string>
  selected?: string
  onSelect: (townId: string | undefined) => void
  year: number
}

/** A town's target progress: a bar, the target and the completion rate. */
const Progress = ({ row }: { row: AidSummaryRow }) => {
  const t = useT()
  if (!row.target || row.progress === null || row.progress === undefined) {
    return (
      <Text size="xsmall" className="text-ui-fg-muted" data-testid="aid-town-target">
        {t("aid.towns.noTarget")}
      </Text>
    )
  }
  const width = Math.min(100, Math.max(0, row.progress * 100))
  return (
    <div className="flex flex-col gap-y-1">
      <div
        className="bg-ui-bg-component h-1.5 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(row.progress * 100)}
      >
        <div
          className={clx(
            "h-full rounded-full",
            row.progress >= 1 ? "bg-ui-tag-green-icon" : "bg-ui-fg-interactive"
          )}
          style={{ width: `${width}%` }}
        />
      </div>
      <div className="flex flex-wrap justify-between gap-x-2">
        <Text
          size="xsmall"
          className="text-ui-fg-subtle tabular-nums"
          data-testid="aid-town-target"
        >
          {t("aid.towns.target", { amount: formatAmount(row.target) })}
        </Text>
        <Text
          size="xsmall"
          className="text-ui-fg-subtle tabular-nums"
          data-testid="aid-town-progress"
        >
          {t("aid.towns.progress", { percent: formatPercent(row.progress) })}
        </Text>
      </div>
    </div>
  )
}

/**
 * Totals per town: a bar chart and one row per town with its target
 * progress. Clicking a bar or a row drills down to that town's partners.
 */
export const TownPanel = ({ query, handles, selected, onSelect, year }: TownPanelProps) => {
  const t = useT()
  const summary = query.data
  const rows = summary?.rows ?? []
  const chartData = chartPoints(rows)
  const selectedRow = rows.find((row) => row.key && row.key === selected)
  const toggle = (key: string | null) => {
    if (!key) return
    onSelect(key === selected ? undefined : key)
  }

  return (
    <ReportCard
      title={t("aid.towns.title")}
      subtitle={
        selectedRow ? t("aid.towns.selected", { name: selectedRow.label }) : t("aid.towns.hint")
      }
      testId="aid-towns"
      actions={
        <div className="flex flex-wrap items-center gap-2">
          {selectedRow ? (
            <Button
              type="button"
              size="small"
              variant="transparent"
              onClick={() => onSelect(undefined)}
              data-testid="aid-town-clear"
            >
              {t("aid.towns.showAll")}
            </Button>
          ) : null}
          <TargetsDrawer year={summary?.target_year ?? year} towns={rows} handles={handles} />
        </div>
      }
    >
      <QueryBody query={query}>
        <div className="h-[240px] px-2 py-4 sm:px-4" data-testid="aid-town-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chartData} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border-base)" />
              <XAxis {...xAxisProps} interval={0} />
              <YAxis {...yAxisProps(t)} />
              <Tooltip
                cursor={{ fill: "var(--bg-subtle)" }}
                formatter={amountTooltip(t, t("aid.towns.amount"))}
              />
              <Bar
                dataKey="value"
                name={t("aid.towns.amount")}
                radius={[4, 4, 0, 0]}
                maxBarSize={48}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(data) => toggle((data as unknown as { key: string | null }).key ?? null)}
              >
                {chartData.map((row) => (
                  <Cell
                    key={row.key ?? "none"}
                    fill={!selected || row.key === selected ? BAR : BAR_DIMMED}
                  />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ul className="divide-y" data-testid="aid-town-list">
          {rows.map((row) => {
            const testId = `aid-town-row-${(row.key && handles.get(row.key)) || row.key || "unassigned"}`
            const isSelected = !!row.key && row.key === selected
            return (
              <li key={row.key ?? "none"}>
                <button
                  type="button"
                  className={clx(
                    "flex w-full flex-col gap-y-2 px-4 py-3 text-left outline-none sm:px-6",
                    "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover disabled:cursor-default",
                    isSelected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover"
                  )}
                  disabled={!row.key}
                  aria-pressed={isSelected}
                  onClick={() => toggle(row.key)}
                  data-testid={testId}
                >
                  <div className="flex items-baseline justify-between gap-x-3">
                    <Text
                      size="small"
                      weight="plus"
                      className="text-ui-fg-base"
                      data-testid="aid-town-name"
                    >
                      {row.label}
                    </Text>
                    <Text
                      size="small"
                      className="text-ui-fg-base tabular-nums"
                      data-testid="aid-town-amount"
                    >
                      {yuanText(t, row.amount)}
                    </Text>
                  </div>
                  <Progress row={row} />
                </button>
              </li>
            )
          })}
        </ul>
      </QueryBody>
    </ReportCard>
  )
}
