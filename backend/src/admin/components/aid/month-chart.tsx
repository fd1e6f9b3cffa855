import { Container, Heading, Text } from "@medusajs/ui"
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { useT } from "../../i18n/use-t"
import type { AidSummary } from "../../lib/types"
import { EmptyState, ErrorState, LoadingState } from "../query-state"
import { chartValue, formatAxisAmount, yuanText } from "./format"

type MonthChartProps = {
  summary?: AidSummary
  isLoading: boolean
  error: unknown
  onRetry: () => void
  /** the drilled-down town's name, if any */
  townName?: string
}

/** 月度趋势: the amount of each month of the range (months without sales are zero). */
export const MonthChart = ({ summary, isLoading, error, onRetry, townName }: MonthChartProps) => {
  const t = useT()
  const data = (summary?.rows ?? []).map((row) => ({
    key: row.key,
    label: row.label,
    amount: row.amount,
    value: chartValue(row.amount),
  }))

  return (
    <Container className="divide-y p-0" data-testid="aid-months">
      <div className="flex flex-col gap-y-1 px-4 py-4 sm:px-6">
        <Heading level="h2">{t("aid.months.title")}</Heading>
        {townName ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("aid.towns.selected", { name: townName })}
          </Text>
        ) : null}
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : data.length === 0 ? (
        <EmptyState message={t("common.empty")} />
      ) : (
        <div className="h-[240px] px-2 py-4 sm:px-4" data-testid="aid-month-chart">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border-base)" />
              <XAxis
                dataKey="label"
                tickLine={false}
                axisLine={false}
                minTickGap={8}
                tick={{ fontSize: 12, fill: "var(--fg-subtle)" }}
              />
              <YAxis
                width={48}
                tickLine={false}
                axisLine={false}
                tickFormatter={formatAxisAmount}
                tick={{ fontSize: 12, fill: "var(--fg-muted)" }}
              />
              <Tooltip
                formatter={(_value, _name, item) => [
                  yuanText(t, (item?.payload as { amount?: string })?.amount),
                  t("aid.months.amount"),
                ]}
              />
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
      )}
    </Container>
  )
}
