import { Button, Container, Heading, Text, clx } from "@medusajs/ui"
import type { FormEventHandler, ReactNode } from "react"
import { useT } from "../i18n/use-t"
import { PageQueryState } from "./query-state"

type DetailSectionProps = {
  title: string
  /** shown at the right of the title, e.g. a count */
  aside?: ReactNode
  className?: string
  testId?: string
  children: ReactNode
}

/** A card of a detail page: its title, then rows or a table. */
export const DetailSection = ({
  title,
  aside,
  className,
  testId,
  children,
}: DetailSectionProps) => (
  <Container className={clx("divide-y p-0", className)} data-testid={testId}>
    <div className="flex items-center justify-between px-4 py-4 sm:px-6">
      <Heading level="h2">{title}</Heading>
      {aside !== undefined ? (
        <Text size="small" className="text-ui-fg-muted tabular-nums">
          {aside}
        </Text>
      ) : null}
    </div>
    {children}
  </Container>
)

type EditFormSectionProps = {
  title: string
  onSubmit: FormEventHandler<HTMLFormElement>
  pending: boolean
  testId: string
  saveTestId: string
  children: ReactNode
}

/** A detail page's edit form in a card, with its save button. */
export const EditFormSection = ({
  title,
  onSubmit,
  pending,
  testId,
  saveTestId,
  children,
}: EditFormSectionProps) => {
  const t = useT()
  return (
    <DetailSection title={title}>
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        <div className="px-4 py-4 sm:px-6">{children}</div>
        <div className="border-ui-border-base flex justify-end border-t px-4 py-4 sm:px-6">
          <Button type="submit" size="small" isLoading={pending} data-testid={saveTestId}>
            {t("common.save")}
          </Button>
        </div>
      </form>
    </DetailSection>
  )
}

type DetailQuery<T> = {
  data: T | undefined
  isLoading: boolean
  error: unknown
  refetch: () => unknown
}

/** A detail page: its record once loaded, else loading or the error (`notFound` without one). */
export const DetailPage = <T,>({
  query,
  notFound,
  children,
}: {
  query: DetailQuery<T>
  notFound: string
  children: (data: T) => ReactNode
}) => {
  if (query.isLoading || query.error || !query.data) {
    return (
      <PageQueryState
        isLoading={query.isLoading}
        error={query.error ?? notFound}
        onRetry={() => query.refetch()}
      />
    )
  }
  return <>{children(query.data)}</>
}

type DetailHeaderProps = {
  title: ReactNode
  titleTestId?: string
  /** badges beside the title */
  badges?: ReactNode
  /** the line under the title */
  subtitle?: ReactNode
  subtitleClassName?: string
  /** buttons at the right */
  actions?: ReactNode
}

/** The top card of a detail page: title with badges, a line under it, actions at the right. */
export const DetailHeader = ({
  title,
  titleTestId,
  badges,
  subtitle,
  subtitleClassName,
  actions,
}: DetailHeaderProps) => (
  <Container className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
    <div className="flex min-w-0 flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <Heading level="h1" className="break-words" data-testid={titleTestId}>
          {title}
        </Heading>
        {badges}
      </div>
      {subtitle !== undefined ? (
        <Text size="small" className={clx("text-ui-fg-subtle", subtitleClassName)}>
          {subtitle}
        </Text>
      ) : null}
    </div>
    {actions}
  </Container>
)
