import { XMarkMini } from "@medusajs/icons"
import { IconButton, clx } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { parseFen } from "../../../shared/money"
import type { AidEntry, AidReportScope } from "../../../types/http"
import { useAidEntries } from "../../hooks/api/aid"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { LIST_PAGE_SIZE } from "../../lib/url-params"
import { DataTable, type DataTableColumn, paging } from "../data-table"
import { ReportCard } from "../report-card"
import { EntryKindBadge } from "./entry-kind-badge"
import { yuanText } from "./format"

const columns = (t: TranslateFn): DataTableColumn<AidEntry>[] => [
  {
    key: "occurredAt",
    header: t("aid.entries.columns.occurredAt"),
    className: "whitespace-nowrap tabular-nums",
    cell: (entry) => chinaDateTimeShort(entry.occurred_at),
  },
  {
    key: "order",
    header: t("aid.entries.columns.order"),
    className: "whitespace-nowrap",
    cell: (entry) => (
      <Link
        to={`/orders/${entry.order_id}`}
        className="text-ui-fg-interactive hover:underline"
        data-testid="aid-entry-order-link"
      >
        {entry.order_display_id !== null
          ? t("aid.entries.order", { id: entry.order_display_id })
          : entry.order_id}
      </Link>
    ),
  },
  {
    key: "kind",
    header: t("aid.entries.columns.kind"),
    cell: (entry) => <EntryKindBadge kind={entry.kind} />,
  },
  {
    key: "product",
    header: t("aid.entries.columns.product"),
    className: "max-w-[240px] truncate",
    title: (entry) => entry.product_title ?? undefined,
    cell: (entry) =>
      [entry.product_title, entry.variant_title].filter(Boolean).join(" · ") || t("common.none"),
  },
  {
    key: "quantity",
    header: t("aid.entries.columns.quantity"),
    align: "right",
    cell: (entry) => entry.quantity,
  },
  {
    key: "amount",
    header: t("aid.entries.columns.amount"),
    align: "right",
    cell: (entry) => (
      <span
        className={clx((parseFen(entry.amount) ?? BigInt(0)) < BigInt(0) && "text-ui-fg-error")}
      >
        {yuanText(t, entry.amount)}
      </span>
    ),
  },
  {
    key: "buyerKind",
    header: t("aid.entries.columns.buyerKind"),
    className: "whitespace-nowrap",
    cell: (entry) => t(`aid.buyerKind.${entry.buyer_kind}`),
  },
]

type EntriesPanelProps = {
  scope: AidReportScope
  partnerId: string
  partnerName?: string
  onClose: () => void
}

/** The entries (and so the orders) of one partner in the filtered range, newest first. */
export const EntriesPanel = ({ scope, partnerId, partnerName, onClose }: EntriesPanelProps) => {
  const t = useT()
  const scopeKey = JSON.stringify(scope)
  const [page, setPage] = useState({ partnerId, scopeKey, index: 0 })
  // Another partner or other filters start again from the first page.
  const pageIndex = page.partnerId === partnerId && page.scopeKey === scopeKey ? page.index : 0
  const goToPage = (index: number) => setPage({ partnerId, scopeKey, index })
  const query = useAidEntries(
    { ...scope, partner: partnerId, limit: LIST_PAGE_SIZE, offset: pageIndex * LIST_PAGE_SIZE },
    { placeholderData: keepPreviousData }
  )
  const name = partnerName ?? query.data?.entries[0]?.partner_name ?? partnerId

  // The panel opens below the charts: bring it into view when a partner is chosen.
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    panel.current?.scrollIntoView({ behavior: "smooth", block: "nearest" })
  }, [partnerId])

  return (
    <div ref={panel}>
      <ReportCard
        title={t("aid.entries.title", { name })}
        testId="aid-entries"
        actions={
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={t("aid.entries.close")}
            title={t("aid.entries.close")}
            onClick={onClose}
            data-testid="aid-entries-close"
          >
            <XMarkMini />
          </IconButton>
        }
      >
        <DataTable
          hideHeaderWhenEmpty
          query={query}
          rows={query.data?.entries}
          columns={columns}
          rowProps={() => ({ "data-testid": "aid-entry-row" })}
          minWidth="min-w-[720px]"
          testId="aid-entries-table"
          empty="aid.entries.empty"
          page={paging(query.data?.count, pageIndex, goToPage, LIST_PAGE_SIZE)}
          pageTestId="aid-entries-pagination"
        />
      </ReportCard>
    </div>
  )
}
