import { formatYuan } from "@shared/money"
import styles from "@/modules/common/shop.module.css"

/** A captioned two-column table: a name (month, town) and its amount in yuan. */
export function AmountTable({
  caption,
  nameHeader,
  amountHeader,
  rows,
  empty,
  testId,
}: {
  caption: string
  nameHeader: string
  amountHeader: string
  rows: { key: string; name: string; amount: string }[]
  empty?: string
  testId?: string
}) {
  return (
    <table className={styles.table} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">{amountHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.name}</td>
            <td>{formatYuan(row.amount)}</td>
          </tr>
        ))}
        {!rows.length && empty && (
          <tr>
            <td colSpan={2}>{empty}</td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
