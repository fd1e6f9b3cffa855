import type { ComponentProps } from "react"
import type { Tooltip, XAxis, YAxis } from "recharts"
import type { AidSummaryRow } from "../../../types/http"
import type { TranslateFn } from "../../i18n/use-t"
import { axisAmountFormatter, chartValue, yuanText } from "./format"

/** Summary rows as chart points: the label, the exact amount (tooltip) and a number to draw. */
export const chartPoints = (rows: AidSummaryRow[]) =>
  rows.map((row) => ({
    key: row.key,
    label: row.label,
    amount: row.amount,
    value: chartValue(row.amount),
  }))

/** The label axis of the aid charts. */
export const xAxisProps = {
  dataKey: "label",
  tickLine: false,
  axisLine: false,
  tick: { fontSize: 12, fill: "var(--fg-subtle)" },
} satisfies ComponentProps<typeof XAxis>

/** The amount axis of the aid charts: 1.2万, 3.5亿. */
export const yAxisProps = (t: TranslateFn) =>
  ({
    width: 48,
    tickLine: false,
    axisLine: false,
    tickFormatter: axisAmountFormatter(t),
    tick: { fontSize: 12, fill: "var(--fg-muted)" },
  }) satisfies ComponentProps<typeof YAxis>

/** The tooltip shows the exact amount the API sent, not the drawn number. */
export const amountTooltip = (
  t: TranslateFn,
  name: string
): ComponentProps<typeof Tooltip>["formatter"] =>
  function formatter(_value, _name, item) {
    return [yuanText(t, (item?.payload as { amount?: string })?.amount), name]
  }
