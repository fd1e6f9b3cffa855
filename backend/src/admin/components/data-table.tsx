import { Table, clx } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"
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
  testId?: string
}

/** The pager of a list: its rows' count, the page shown and how to change it. */
export const paging = (
  count: number | undefined,
  pageIndex: number,
  pageSize: number,
  onPageChange: (pageIndex: number) => void,
  testId?: string
): DataTablePagination => ({ count: count ?? 0, pageIndex, pageSize, onPageChange, testId })

export type DataTableProps<T> = {
  /** the query behind the rows; none for rows already at hand */
  query?: TableQuery
  rows: T[] | undefined
  rowKey: (row: T) => string
  columns: DataTableColumn<T>[]
  /** a row opens this page when clicked */
  href?: (row: T) => string | undefined
  /** more attributes of a row (test ids, data-*) */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, unknown>
  /** Tailwind min-width class: the table scrolls sideways below it */
  minWidth: string
  testId?: string
  emptyMessage: string
  /** keep the (empty) table's header above the "nothing here" message */
  headerWhenEmpty?: boolean
  pagination?: DataTablePagination
}

/**
 * A list's table with its loading, error and empty states and its pager:
 * the shared body of the shop's list pages and panels.
 */
export const DataTable = <T,>({
  query,
  rows,
  rowKey,
  columns,
  href,
  rowProps,
  minWidth,
  testId,
  emptyMessage,
  headerWhenEmpty,
  pagination,
}: DataTableProps<T>) => {
  const navigate = useNavigate()
  if (query?.isLoading) return <LoadingState />
  if (query?.error || !rows) return <ErrorState error={query?.error} onRetry={query?.refetch} />
  const empty = rows.length === 0
  return (
    <>
      {empty && !headerWhenEmpty ? null : (
        <div className="overflow-x-auto">
          <Table className={minWidth} data-testid={testId}>
            <Table.Header>
              <Table.Row>
                {columns.map((column) => (
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
                    key={rowKey(row)}
                    {...extra}
                    className={clx(target && "cursor-pointer", extra?.className)}
                    onClick={target ? () => navigate(target) : extra?.onClick}
                  >
                    {columns.map((column) => (
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
      {empty ? <EmptyState message={emptyMessage} /> : null}
      {pagination && pagination.count > 0 && !(empty && !headerWhenEmpty) ? (
        <Pagination {...pagination} />
      ) : null}
    </>
  )
}

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
