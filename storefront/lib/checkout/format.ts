const yuan = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY", minimumFractionDigits: 2 })

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
