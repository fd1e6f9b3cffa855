import { Table, clx } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"
import { type MessageKey, type TranslateFn, useT } from "../i18n/use-t"
import { Pagination } from "./pagination"
import { EmptyState, ErrorState, LoadingState } from "./query-state"

export type DataTableColumn<T> = {
  key: string
  header: ReactNode
  /** numbers: right-aligned header and cells */
  align?: "right"
  className?: string
  /** a tooltip of the cell */
  title?: (row: T) => string | undefined
  cell: (row: T) => ReactNode
}

/** The state of the query behind a table (a React Query result fits). */
export type TableQuery = { isLoading: boolean; error: unknown; refetch: () => unknown }

export type DataTablePagination = {
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
}

/** The pager of a list: its rows' count, the page shown and how to change it. */
export const paging = (
  count: number | undefined,
  pageIndex: number,
  onPageChange: (pageIndex: number) => void,
  pageSize: number
): DataTablePagination => ({ count: count ?? 0, pageIndex, pageSize, onPageChange })

export type DataTableProps<T> = {
  /** the query behind the rows; none for rows already at hand */
  query?: TableQuery
  rows: T[] | undefined
  /** the columns, or a function of `t` making them */
  columns: DataTableColumn<T>[] | ((t: TranslateFn) => DataTableColumn<T>[])
  /** a row opens this page when clicked */
  href?: (row: T) => string | undefined
  /** more attributes of a row (test ids, data-*) */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, unknown>
  /** Tailwind min-width class: the table scrolls sideways below it */
  minWidth: string
  testId?: string
  /** the "nothing here" message */
  empty: MessageKey
  /** an empty list shows only the "nothing here" message, not the table's header */
  hideHeaderWhenEmpty?: boolean
  /** the pager, below the table */
  page?: DataTablePagination
  pageTestId?: string
}

/**
 * A list's table with its loading, error and empty states and its pager:
 * the shared body of the shop's list pages and panels.
 */
export const DataTable = <T extends { id: string }>({
  query,
  rows,
  columns,
  href,
  rowProps,
  minWidth,
  testId,
  empty: emptyKey,
  hideHeaderWhenEmpty,
  page,
  pageTestId,
}: DataTableProps<T>) => {
  const t = useT()
  const navigate = useNavigate()
  const cells = typeof columns === "function" ? columns(t) : columns
  if (query?.isLoading) return <LoadingState />
  if (query?.error || !rows) return <ErrorState error={query?.error} onRetry={query?.refetch} />
  const empty = rows.length === 0
  const tableShown = !empty || !hideHeaderWhenEmpty
  return (
    <>
      {!tableShown ? null : (
        <div className="overflow-x-auto">
          <Table className={minWidth} data-testid={testId}>
            <Table.Header>
              <Table.Row>
                {cells.map((column) => (
                  <Table.HeaderCell
                    key={column.key}
                    className={clx(column.align === "right" && "text-right")}
                  >
                    {column.header}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => {
                const target = href?.(row)
                const extra = rowProps?.(row)
                return (
                  <Table.Row
                    key={row.id}
                    {...extra}
                    className={clx(target && "cursor-pointer", extra?.className)}
                    onClick={target ? () => navigate(target) : extra?.onClick}
                  >
                    {cells.map((column) => (
                      <Table.Cell
                        key={column.key}
                        className={clx(
                          column.align === "right" && "text-right tabular-nums",
                          column.className
                        )}
                        title={column.title?.(row)}
                      >
                        {column.cell(row)}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      {empty ? <EmptyState message={t(emptyKey)} /> : null}
      {page && page.count > 0 && tableShown ? <Pagination {...page} testId={pageTestId} /> : null}
    </>
  )
}

/**
 * The fixed parts of a list page's table, its test ids made of `name`:
 * `${name}-table`, `${name}-table-row` and `${name}-pagination`.
 */
export const listTable = <T extends { id: string }>(
  name: string,
  table: Pick<DataTableProps<T>, "columns" | "empty" | "minWidth" | "href"> &
    Partial<DataTableProps<T>>
) => ({
  testId: `${name}-table`,
  rowProps: () => ({ "data-testid": `${name}-table-row` }),
  pageTestId: `${name}-pagination`,
  ...table,
})

/** The name of a clickable row as a link (the row's own click is not triggered twice). */
export const RowLink = ({
  to,
  children,
  title,
}: {
  to: string
  children: ReactNode
  title?: string
}) => (
  <Link
    to={to}
    className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
    onClick={(event) => event.stopPropagation()}
    title={title}
  >
    {children}
  </Link>
)

/** A column whose cell is the row's name, linking to its page. */
export const linkColumn = <T,>(
  key: string,
  header: string,
  href: (row: T) => string,
  text: (row: T) => string
): DataTableColumn<T> => ({
  key,
  header,
  className: "max-w-[240px] truncate",
  cell: (row) => (
    <RowLink to={href(row)} title={text(row)}>
      {text(row)}
    </RowLink>
  ),
})
