/**
 * How the storefront shows instants, in China time (backend/src/shared/china-time.ts).
 * Amounts: `formatYuan` (yuan, as Medusa computes them) and `formatFen` of @shared/money.
 */
import { chinaDateTimeShort, chinaDateTimeText } from "@shared/china-time"

/** An instant in China time to the minute, "2026/03/01 16:30"; nothing reads "". */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? chinaDateTimeShort(value).replaceAll("-", "/") : ""
}

/** An instant in China time as people write it: "2026年12月8日 18:00" (the bank-transfer deadline). */
export function formatChinaDateTime(value: string | Date | null | undefined): string {
  if (!value || Number.isNaN(new Date(value).getTime())) return ""
  return chinaDateTimeText(value)
}
