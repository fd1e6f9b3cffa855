const yuan = new Intl.NumberFormat("zh-CN", {
  style: "currency",
  currency: "CNY",
  minimumFractionDigits: 2,
})

/** Formats an amount Medusa computed (decimal yuan); never computes one. */
export function formatMoney(amount: number | string | null | undefined): string {
  const value = Number(amount ?? 0)
  return yuan.format(Number.isFinite(value) ? value : 0)
}

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
})

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : ""
}

const chinaParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** An instant in China time as people write it: "2026年12月8日 18:00" (the bank-transfer deadline). */
export function formatChinaDateTime(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const part = Object.fromEntries(chinaParts.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.year}年${part.month}月${part.day}日 ${part.hour}:${part.minute}`
}
