import { BULK_ROW_HEADERS, type BulkRowColumn, type BulkRowError } from "@http/bulk-order"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"

type Read = (key: string, values?: Record<string, string | number>) => string

/** Where an error is, as the buyer finds it in the file: its row, and the column's header. */
function placeOf(error: BulkRowError, m: Read): { row: string; column: string } {
  if (error.field === "file" || error.row === 0) return { row: m("errors.fileRow"), column: "—" }
  if (error.row === 1) {
    const column = error.field ? m(`delivery.${error.field}`) : "—"
    return { row: m("errors.deliveryRow"), column }
  }
  const column = error.field ? BULK_ROW_HEADERS[error.field as BulkRowColumn] : m("errors.wholeRow")
  return { row: String(error.row), column }
}

/** Every error of the upload, one line per row and column, in the file's order. */
export function BulkErrors({ errors, m }: { errors: BulkRowError[]; m: Read }) {
  return (
    <div className={bulk.scroll}>
      <table className={styles.table} data-testid="bulk-errors">
        <thead>
          <tr>
            <th scope="col">{m("errors.row")}</th>
            <th scope="col">{m("errors.column")}</th>
            <th scope="col">{m("errors.message")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => {
            const place = placeOf(error, m)
            return (
              <tr
                key={i}
                data-testid="bulk-error"
                data-row={error.row}
                data-field={error.field ?? ""}
              >
                <td>{place.row}</td>
                <td>{place.column}</td>
                <td>{error.message}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
