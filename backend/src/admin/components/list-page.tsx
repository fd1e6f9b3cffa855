import { Container, Heading, Input, Text, clx } from "@medusajs/ui"
import { type ReactNode, useEffect, useRef, useState } from "react"
import type { ListParams } from "../lib/url-params"

type ListPageProps = {
  title: string
  subtitle: string
  /** e.g. the create button */
  actions?: ReactNode
  testId?: string
  /** filter rows, then the table */
  children: ReactNode
}

/** A list page's card: title, subtitle and actions, then its filters and table. */
export const ListPage = ({ title, subtitle, actions, testId, children }: ListPageProps) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div
      className={clx(
        "flex flex-col gap-3 px-4 py-4 sm:px-6",
        actions && "sm:flex-row sm:items-center sm:justify-between"
      )}
    >
      <div className="min-w-0">
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      </div>
      {actions}
    </div>
    {children}
  </Container>
)

/** Milliseconds of quiet typing before a search runs. */
const SEARCH_DELAY = 300

type SearchInputProps = {
  /** the search in effect */
  value: string
  /** called with the trimmed text once typing pauses, if it differs from `value` */
  onSearch: (q: string) => void
  placeholder: string
  testId: string
  className?: string
}

/** A search box that searches once typing pauses. */
export const SearchInput = ({
  value,
  onSearch,
  placeholder,
  testId,
  className,
}: SearchInputProps) => {
  const [text, setText] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const onChange = (next: string) => {
    setText(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      if (next.trim() !== value) onSearch(next.trim())
    }, SEARCH_DELAY)
  }

  return (
    <Input
      type="search"
      size="small"
      className={className}
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId}
    />
  )
}

/** The search box of a list page, its search kept in the URL. */
export const ListSearch = ({
  list,
  className = "w-full sm:max-w-xs",
  ...props
}: { list: ListParams } & Omit<SearchInputProps, "value" | "onSearch">) => (
  <SearchInput value={list.q} onSearch={list.onSearch} className={className} {...props} />
)

/** The row under a list's title: its search box, then its filters (`${name}-filters`, `${name}-search`). */
export const ListFilters = ({
  list,
  name,
  placeholder,
  children,
}: {
  list: ListParams
  name: string
  placeholder: string
  children: ReactNode
}) => (
  <div
    className="grid grid-cols-1 gap-2 px-4 py-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-3"
    data-testid={`${name}-filters`}
  >
    <ListSearch list={list} placeholder={placeholder} testId={`${name}-search`} />
    {children}
  </div>
)
