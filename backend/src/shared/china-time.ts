/**
 * China time (UTC+8, no daylight saving since 1991), the one home of its
 * calendar and display rules: the ledger's days, the reports' months, the
 * bank-transfer reference's date, the texts that name a deadline. Instants
 * come in as Dates or ISO strings.
 */

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** A calendar day as the shop writes it, YYYY-MM-DD (the shape only: see the API's calendarDay for a real day). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** "YYYY-MM-DDTHH:MM:SS.sssZ" of the instant shifted to China time. */
const shifted = (at: Date | string): string =>
  new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString()

/** The China-time calendar day of an instant, "YYYY-MM-DD". */
export function chinaDay(at: Date | string): string {
  return shifted(at).slice(0, 10)
}

/** Today in China, "YYYY-MM-DD". */
export function chinaToday(now: Date = new Date()): string {
  return chinaDay(now)
}

/** This month in China, 1-12. */
export function chinaMonth(now: Date = new Date()): number {
  return Number(chinaToday(now).slice(5, 7))
}

/** The China-time date of an instant without separators, "YYYYMMDD" (bank-transfer reference codes). */
export function chinaCompactDate(at: Date = new Date()): string {
  return chinaDay(at).replaceAll("-", "")
}

/** The China-time date and time of an instant, "YYYY-MM-DD HH:MM:SS" (exports, statements). */
export function chinaDateTime(at: Date | string): string {
  return shifted(at).slice(0, 19).replace("T", " ")
}

/** The China-time date and time to the minute, "YYYY-MM-DD HH:MM"; what is no instant is shown as is. */
export function chinaDateTimeShort(at: Date | string): string {
  const time = new Date(at).getTime()
  if (Number.isNaN(time)) return String(at)
  return shifted(new Date(time)).slice(0, 16).replace("T", " ")
}

/**
 * An instant in China time as people write it, "2026年12月8日 18:00" (a
 * payment deadline): nothing reads "", what is no instant is shown as is.
 */
export function chinaDateTimeText(at: Date | string | null | undefined): string {
  const text = at instanceof Date ? at.toISOString() : (at ?? "")
  const time = new Date(text)
  if (!text || Number.isNaN(time.getTime())) return String(text)
  const [, y, m, d, hm] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/.exec(chinaDateTime(time))!
  return `${y}年${Number(m)}月${Number(d)}日 ${hm}`
}

/** The instant a China day ("YYYY-MM-DD") begins: its 00:00 in China. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}

/** The instant the China month of `now` began (00:00 on its first day, UTC+8). */
export function chinaMonthStart(now: Date = new Date()): Date {
  return chinaDayStart(`${chinaDay(now).slice(0, 8)}01`)
}

/** The China day before a China day: "2026-12-01" → "2026-11-30". */
export function previousChinaDay(day: string): string {
  const noon = new Date(`${day}T12:00:00+08:00`)
  return chinaDay(new Date(noon.getTime() - 24 * 3600 * 1000))
}
