/**
 * Money, the one home of its rules for the server, the admin and the
 * storefront. Medusa keeps amounts as decimal yuan (元); the shop computes
 * them exactly (BigNumber, never floating point) and rounds once, at the end,
 * half up to the fen (分).
 *
 * Names say which unit goes in and what comes out:
 * - `money`, `roundToFen`, `splitByWeights`: exact amounts in yuan (BigNumber);
 * - `yuanString`: an amount as the API and the ledger store it, "12.50";
 * - `yuanToFen` / `fenToYuan`: whole fen ↔ that decimal string;
 * - `formatYuan` / `formatFen`: what a person reads, "¥1,234.50", from yuan / from fen;
 * - `parseFen`, `groupedYuan`, `formatAmount`, `compareAmounts`, `sumAmounts`: exact
 *   reading, showing, ordering and adding of the API's yuan strings (whole fen as bigint).
 */
import BigNumber from "bignumber.js"

/** Decimal places of the fen: amounts are rounded to two decimals of the yuan. */
export const FEN = 2

export type Money = BigNumber

/** What an amount may arrive as: a number, a decimal string or a BigNumber; nothing is zero. */
export type MoneyInput = BigNumber.Value | null | undefined

/** An exact amount of yuan. Nothing (null, undefined, "") is 0; anything else that is no number throws. */
export function money(value: MoneyInput): Money {
  if (value === null || value === undefined || value === "") {
    return new BigNumber(0)
  }
  const result = new BigNumber(value)
  if (!result.isFinite()) {
    throw new Error(`Not an amount: ${String(value)}`)
  }
  return result
}

/** Rounded half up to the fen: the one rounding an amount gets. */
export function roundToFen(value: Money): Money {
  return value.decimalPlaces(FEN, BigNumber.ROUND_HALF_UP)
}

/** An amount of yuan as the API and the ledger write it: rounded to the fen, two decimals, signed ("-12.50", never "-0.00"). */
export function yuanString(value: BigNumber.Value): string {
  const fixed = roundToFen(money(value)).toFixed(FEN)
  return fixed === "-0.00" ? "0.00" : fixed
}

/**
 * Splits `total` (rounded to the fen first) over `weights` in proportion,
 * by the largest-remainder method: every part is a whole number of fen and
 * the parts sum exactly to the total. Ties go to the earlier weight. With no
 * positive weight nothing can be split and every part is zero.
 */
export function splitByWeights(total: BigNumber.Value, weights: BigNumber.Value[]): Money[] {
  const totalFen = roundToFen(money(total)).shiftedBy(FEN)
  const w = weights.map((x) => BigNumber.max(money(x), 0))
  const sum = w.reduce((acc, x) => acc.plus(x), new BigNumber(0))
  if (sum.isZero() || totalFen.isZero()) {
    return w.map(() => new BigNumber(0))
  }
  const sign = totalFen.isNegative() ? -1 : 1
  const absFen = totalFen.abs()
  const exact = w.map((x) => absFen.times(x).div(sum))
  const floors = exact.map((x) => x.integerValue(BigNumber.ROUND_FLOOR))
  let left = absFen.minus(floors.reduce((acc, x) => acc.plus(x), new BigNumber(0))).toNumber()
  const order = exact
    .map((x, index) => ({ index, remainder: x.minus(floors[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    floors[index] = floors[index].plus(1)
    left -= 1
  }
  return floors.map((fen) => fen.shiftedBy(-FEN).times(sign))
}

/** Whole fen of an amount of yuan (49.9 → 4990, rounded half up at the fen); null when it is not an amount. */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === "") return null
  const value = new BigNumber(yuan)
  if (!value.isFinite()) return null
  return roundToFen(value).shiftedBy(FEN).toNumber()
}

/** Whole fen as the API's decimal yuan string: 4990 → "49.90". */
export function fenToYuan(fen: number | bigint | BigNumber): string {
  const value = typeof fen === "bigint" ? fen.toString() : fen
  return yuanString(new BigNumber(value).shiftedBy(-FEN))
}

/** Whole fen as yuan with thousands separators, without the currency sign: 123456789 → "1,234,567.89". */
export function groupedYuan(fen: number | bigint): string {
  const whole = BigInt(fen)
  const negative = whole < BigInt(0)
  const abs = negative ? -whole : whole
  const yuan = (abs / BigInt(100)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  const cents = (abs % BigInt(100)).toString().padStart(2, "0")
  return `${negative ? "-" : ""}${yuan}.${cents}`
}

/** Whole fen for a person to read: 4990 → "¥49.90", -1200 → "-¥12.00". */
export function formatFen(fen: number | bigint): string {
  const whole = BigInt(fen)
  const negative = whole < BigInt(0)
  return `${negative ? "-" : ""}¥${groupedYuan(negative ? -whole : whole)}`
}

/** An amount of yuan for a person to read: "123456.7" → "¥123,456.70"; what is no amount reads "¥0.00". */
export function formatYuan(yuan: number | string | null | undefined): string {
  return formatFen(yuanToFen(yuan) ?? 0)
}

/**
 * An amount of yuan as a person types it and the API takes it: whole digits
 * (at most `maxWholeDigits`, if given) and at most two decimals, no sign,
 * e.g. "1280.50".
 */
export function yuanAmountPattern(maxWholeDigits?: number): RegExp {
  return new RegExp(`^\\d${maxWholeDigits ? `{1,${maxWholeDigits}}` : "+"}(\\.\\d{1,2})?$`)
}

const AMOUNT_PATTERN = /^([+-])?(\d*)(?:\.(\d*))?$/

/**
 * Whole fen of a decimal yuan string, exactly (bigint, no floating point),
 * rounded half up past the second decimal; null when it is not an amount.
 */
export function parseFen(value: string | null | undefined): bigint | null {
  const match = AMOUNT_PATTERN.exec(String(value ?? "").trim())
  if (!match || (!match[2] && !match[3])) {
    return null
  }
  const [, sign, whole = "", decimals = ""] = match
  let fen = BigInt(whole || "0") * BigInt(100) + BigInt((decimals + "00").slice(0, 2))
  if (decimals.length > 2 && Number(decimals[2]) >= 5) {
    fen += BigInt(1)
  }
  return sign === "-" ? -fen : fen
}

/** A yuan string with thousands separators: "1234567.8" → "1,234,567.80"; anything unreadable is shown as is. */
export function formatAmount(value: string | null | undefined): string {
  const fen = parseFen(value)
  return fen === null ? String(value ?? "") : groupedYuan(fen)
}

/** Orders two yuan strings exactly (unreadable ones count as zero). */
export function compareAmounts(a: string, b: string): number {
  const x = parseFen(a) ?? BigInt(0)
  const y = parseFen(b) ?? BigInt(0)
  return x === y ? 0 : x < y ? -1 : 1
}

/** Exact sum of yuan strings, as a yuan string without separators (unreadable ones count as zero). */
export function sumAmounts(values: string[]): string {
  const fen = values.reduce((sum, value) => sum + (parseFen(value) ?? BigInt(0)), BigInt(0))
  return groupedYuan(fen).replace(/,/g, "")
}

const CAPITAL_DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
const CAPITAL_PLACES = ["", "拾", "佰", "仟"]
const CAPITAL_SECTIONS = ["", "万", "亿"]
/** The largest amount written in capitals: 9,999 亿 and change. */
const CAPITALS_MAX = new BigNumber("999999999999.99")

/**
 * An amount of yuan in Chinese capitals (人民币大写), as banks and 财政部 write it on
 * cheques, 付款通知书 and vouchers (《支付结算办法》附一, 《会计基础工作规范》第五十二条):
 * - "12345.67" → "壹万贰仟叁佰肆拾伍元陆角柒分", "10" → "壹拾元整" (壹 is never left out);
 * - zeros inside the whole yuan are one 零 per run, also across 万 and 亿
 *   ("1005.03" → "壹仟零伍元零叁分", "107000" → "壹拾万零柒仟元整",
 *   "100000700" → "壹亿零柒佰元整");
 * - 整 follows 元 when there is no 角 and no 分 ("100" → "壹佰元整"); after 角 the banks
 *   allow it to be left out and it is ("100.50" → "壹佰元伍角"); never after 分;
 * - 零 between 元 and 分 when the 角 is 0 ("325.04" → "叁佰贰拾伍元零肆分"); none when the
 *   元 place is 0 and the 角 is not ("1680.32" → "壹仟陆佰捌拾元叁角贰分", which the
 *   rules allow with or without 零);
 * - less than a yuan starts with the 角 or 分 ("0.05" → "伍分"); nothing is "零元整".
 * The amount is rounded half up to the fen first; exact (BigNumber), without the
 * "人民币" prefix. Negative amounts and amounts of 万亿 and more throw.
 */
export function yuanInCapitals(value: BigNumber.Value): string {
  const amount = roundToFen(money(value))
  if (amount.isNegative()) throw new Error(`No capitals for a negative amount: ${amount.toFixed()}`)
  if (amount.isGreaterThan(CAPITALS_MAX)) {
    throw new Error(`No capitals beyond ${CAPITALS_MAX.toFixed()}: ${amount.toFixed(FEN)}`)
  }
  const [whole, decimals] = amount.toFixed(FEN).split(".")
  const jiao = Number(decimals[0])
  const fen = Number(decimals[1])
  const yuan = wholeYuanInCapitals(whole)
  if (!yuan && !jiao && !fen) return "零元整"
  let text = yuan ? `${yuan}元` : ""
  if (jiao) text += `${CAPITAL_DIGITS[jiao]}角`
  else if (fen && yuan) text += "零"
  if (fen) text += `${CAPITAL_DIGITS[fen]}分`
  return !jiao && !fen ? `${text}整` : text
}

/** Whole yuan (digits, no leading zeros) in capitals, "" for 0: one 零 per run of inner zeros. */
function wholeYuanInCapitals(digits: string): string {
  if (/^0*$/.test(digits)) return ""
  const sections: string[] = []
  for (let end = digits.length; end > 0; end -= 4)
    sections.unshift(digits.slice(Math.max(0, end - 4), end))
  let text = ""
  let pendingZero = false
  sections.forEach((section, index) => {
    const padded = section.padStart(4, "0")
    for (let place = 0; place < 4; place++) {
      const digit = Number(padded[place])
      if (!digit) {
        if (text) pendingZero = true
        continue
      }
      if (pendingZero) text += "零"
      pendingZero = false
      text += CAPITAL_DIGITS[digit] + CAPITAL_PLACES[3 - place]
    }
    if (Number(section)) text += CAPITAL_SECTIONS[sections.length - 1 - index]
  })
  return text
}
