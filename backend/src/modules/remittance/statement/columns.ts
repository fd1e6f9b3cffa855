/**
 * The columns of a Chinese bank's transaction export, under the names the
 * banks give them (交易日期 / 记账日期, 对方户名 / 对方账户名称, 贷方金额 / 收入金额 …).
 * Pure.
 */
export const STATEMENT_COLUMNS = {
  date: ["交易日期", "交易时间", "记账日期", "入账日期", "入账时间", "交易日", "日期", "记账时间"],
  payer_name: [
    "对方户名",
    "对方账户名称",
    "对方账户名",
    "对方名称",
    "对方单位",
    "付款人名称",
    "付款人户名",
    "付款方户名",
    "付款方名称",
    "收付方名称",
    "对方户名称",
  ],
  payer_account: ["对方账号", "对方账户", "付款人账号", "付款方账号", "收付方账号", "对方卡号"],
  bank: ["对方开户行", "对方行名", "对方银行", "对方开户机构", "付款人开户行", "对方开户银行"],
  amount: ["金额", "交易金额", "发生额", "交易额"],
  credit: ["贷方金额", "贷方发生额", "收入金额", "收入", "贷方", "存入金额", "存入"],
  debit: ["借方金额", "借方发生额", "支出金额", "支出", "借方", "取出金额"],
  direction: ["借贷标志", "借贷方向", "收支方向", "借贷", "收支", "交易方向", "方向"],
  remark: ["摘要/附言", "附言", "摘要", "用途", "备注", "交易附言", "交易摘要", "附言/用途"],
  serial: ["流水号", "交易流水号", "银行流水号", "交易参考号", "凭证号", "流水", "交易序号"],
} as const

export type StatementColumn = keyof typeof STATEMENT_COLUMNS

/** A header as compared: full-width folded, no spaces, no unit ("(元)"), 帐 as 账. */
export const headerKey = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[(（][^)）]*[)）]$/, "")
    .replace(/帐/g, "账")

const KEYS = new Map<string, StatementColumn>(
  (Object.entries(STATEMENT_COLUMNS) as [StatementColumn, readonly string[]][]).flatMap(
    ([column, names]) => names.map((name) => [headerKey(name), column] as const)
  )
)

/** Where each known column is in a header row (every remark column: 摘要 and 附言 may both be there). */
export type ColumnMap = Partial<Record<Exclude<StatementColumn, "remark">, number>> & {
  remark: number[]
}

export function columnsOf(header: string[]): ColumnMap {
  const map: ColumnMap = { remark: [] }
  header.forEach((cell, index) => {
    const column = KEYS.get(headerKey(cell))
    if (!column) return
    if (column === "remark") map.remark.push(index)
    else if (map[column] === undefined) map[column] = index
  })
  return map
}

/** A header row names a date, a payer and an amount (one column, or the 贷方 side). */
export const isHeader = (map: ColumnMap) =>
  map.date !== undefined &&
  map.payer_name !== undefined &&
  (map.amount !== undefined || map.credit !== undefined)
