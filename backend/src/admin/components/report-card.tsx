import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { EmptyState, ErrorState, LoadingState } from "./query-state"

/** The state of the query behind a card (a React Query result fits). */
export type QueryState = { isLoading: boolean; error: unknown; refetch: () => unknown }

type ReportCardProps = {
  title: ReactNode
  subtitle?: ReactNode
  /** buttons at the right of the title */
  actions?: ReactNode
  testId: string
  className?: string
  children: ReactNode
}

/** A card of a report or panel: title, subtitle and actions, then its content. */
export const ReportCard = ({
  title,
  subtitle,
  actions,
  testId,
  className,
  children,
}: ReportCardProps) => (
  <Container className={clx("divide-y p-0", className)} data-testid={testId}>
    <div className="flex flex-wrap items-start justify-between gap-3 px-4 py-4 sm:px-6">
      <div className="flex min-w-0 flex-col gap-y-1">
        <Heading level="h2" className="min-w-0 break-words">
          {title}
        </Heading>
        {subtitle ? (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        ) : null}
      </div>
      {actions}
    </div>
    {children}
  </Container>
)

type QueryBodyProps = {
  query: QueryState
  /** nothing to show: the empty message instead of the content */
  empty?: boolean
  emptyMessage?: string
  children: ReactNode
}

/** A query's content once loaded; else loading, the error with a retry, or "nothing here". */
export const QueryBody = ({ query, empty, emptyMessage = "", children }: QueryBodyProps) => {
  if (query.isLoading) return <LoadingState />
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  if (empty) return <EmptyState message={emptyMessage} />
  return <>{children}</>
}
