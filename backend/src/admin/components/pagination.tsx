import { Button, Text } from "@medusajs/ui"
import { useT } from "../i18n/use-t"

type PaginationProps = {
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
  testId?: string
}

/** Compact pager that wraps on narrow screens. */
export const Pagination = ({
  count,
  pageIndex,
  pageSize,
  onPageChange,
  testId,
}: PaginationProps) => {
  const t = useT()
  const pages = Math.max(1, Math.ceil(count / pageSize))
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6"
      data-testid={testId}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("common.paginationSummary", { count, page: pageIndex + 1, pages })}
      </Text>
      <div className="flex items-center gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={pageIndex <= 0}
          onClick={() => onPageChange(pageIndex - 1)}
        >
          {t("common.prev")}
        </Button>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={pageIndex + 1 >= pages}
          onClick={() => onPageChange(pageIndex + 1)}
        >
          {t("common.next")}
        </Button>
      </div>
    </div>
  )
}
