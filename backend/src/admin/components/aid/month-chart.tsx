import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import type { AdminAidSummaryResponse } from "../../../types/http"
import { useT } from "../../i18n/use-t"
import { QueryBody, type QueryState, ReportCard } from "../report-card"
import { amountTooltip, chartPoints, xAxisProps, yAxisProps } from "./chart"

type MonthChartProps = {
  query: QueryState & { data?: AdminAidSummaryResponse }
  /** the drilled-down town's name, if any */
  townName?: string
}

/** 月度趋势: the amount of each month of the range (months without sales are zero). */
export const MonthChart = ({ query, townName }: MonthChartProps) => {
  const t = useT()
  const data = chartPoints(query.data?.rows ?? [])
  return (
    <ReportCard
      title={t("aid.months.title")}
      subtitle={townName ? t("aid.towns.selected", { name: townName }) : undefined}
      testId="aid-months"
    >
      <QueryBody query={query} empty={data.length === 0} emptyMessage={t("common.empty")}>
        <div className="h-[240px] px-2 py-4 sm:px-4" data-testid="aid-month-chart">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border-base)" />
              <XAxis {...xAxisProps} minTickGap={8} />
              <YAxis {...yAxisProps(t)} />
              <Tooltip formatter={amountTooltip(t, t("aid.months.amount"))} />
              <Line
                type="monotone"
                dataKey="value"
                name={t("aid.months.amount")}
                stroke="var(--bg-interactive)"
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </QueryBody>
    </ReportCard>
  )
}
