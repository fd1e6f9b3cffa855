import { XMarkMini } from "@medusajs/icons"
import { Badge, Container, Heading, IconButton, Table, clx } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { useT } from "../../i18n/use-t"
import { type AidEntryParams, type AidScope, aidApi, aidQueryKeys } from "../../lib/api"
import type { AidEntryKind } from "../../lib/types"
import { Pagination } from "../pagination"
import { EmptyState, ErrorState, LoadingState } from "../query-state"
import { parseFen } from "../../../shared/money"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { yuanText } from "./format"

const PAGE_SIZE = 20

/** Badge colours of the entry kinds: sales green, take-backs orange/red, the rest grey. */
const KIND_COLORS: Record<AidEntryKind, "green" | "orange" | "red" | "grey" | "blue"> = {
  sale: "green",
  edit: "blue",
  return: "orange",
  refund: "orange",
  cancellation: "red",
  correction: "grey",
}

/** 销售 / 退款 / … as a badge. */
export const EntryKindBadge = ({ kind }: { kind: AidEntryKind }) => {
  const t = useT()
  return (
    <Badge size="2xsmall" color={KIND_COLORS[kind] ?? "grey"} className="whitespace-nowrap">
      {t(`aid.entryKind.${kind}`)}
    </Badge>
  )
}

type EntriesPanelProps = {
  scope: AidScope
  partnerId: string
  partnerName?: string
  onClose: () => void
}

/** The entries (and so the orders) of one partner in the filtered range, newest first. */
export const EntriesPanel = ({ scope, partnerId, partnerName, onClose }: EntriesPanelProps) => {
  const t = useT()
  const [page, setPage] = useState({ partnerId, scope: JSON.stringify(scope), index: 0 })
  // Another partner or other filters start again from the first page.
  const pageIndex =
    page.partnerId === partnerId && page.scope === JSON.stringify(scope) ? page.index : 0
  const params: AidEntryParams = {
    ...scope,
    partner: partnerId,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: aidQueryKeys.entryList(params),
    queryFn: () => aidApi.listEntries(params),
    placeholderData: keepPreviousData,
  })
  const name = partnerName ?? data?.entries[0]?.partner_name ?? partnerId

  // The panel opens below the charts: bring it into view when a partner is chosen.
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    panel.current?.scrollIntoView({ behavior: "smooth", block: "nearest" })
  }, [partnerId])

  return (
    <Container ref={panel} className="divide-y p-0" data-testid="aid-entries">
      <div className="flex items-start justify-between gap-3 px-4 py-4 sm:px-6">
        <Heading level="h2" className="min-w-0 break-words">
          {t("aid.entries.title", { name })}
        </Heading>
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
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error || !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : data.entries.length === 0 ? (
        <EmptyState message={t("aid.entries.empty")} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="min-w-[720px]" data-testid="aid-entries-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("aid.entries.columns.occurredAt")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("aid.entries.columns.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("aid.entries.columns.kind")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("aid.entries.columns.product")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("aid.entries.columns.quantity")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("aid.entries.columns.amount")}
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t("aid.entries.columns.buyerKind")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.entries.map((entry) => {
                  const negative = (parseFen(entry.amount) ?? BigInt(0)) < BigInt(0)
                  return (
                    <Table.Row key={entry.id} data-testid="aid-entry-row">
                      <Table.Cell className="whitespace-nowrap tabular-nums">
                        {chinaDateTimeShort(entry.occurred_at)}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        <Link
                          to={`/orders/${entry.order_id}`}
                          className="text-ui-fg-interactive hover:underline"
                          data-testid="aid-entry-order-link"
                        >
                          {entry.order_display_id !== null
                            ? t("aid.entries.order", { id: entry.order_display_id })
                            : entry.order_id}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        <EntryKindBadge kind={entry.kind} />
                      </Table.Cell>
                      <Table.Cell
                        className="max-w-[240px] truncate"
                        title={entry.product_title ?? undefined}
                      >
                        {[entry.product_title, entry.variant_title].filter(Boolean).join(" · ") ||
                          t("common.none")}
                      </Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{entry.quantity}</Table.Cell>
                      <Table.Cell
                        className={clx("text-right tabular-nums", negative && "text-ui-fg-error")}
                      >
                        {yuanText(t, entry.amount)}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        {t(`aid.buyerKind.${entry.buyer_kind}`)}
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          </div>
          <Pagination
            count={data.count}
            pageIndex={pageIndex}
            pageSize={PAGE_SIZE}
            onPageChange={(index) => setPage({ partnerId, scope: JSON.stringify(scope), index })}
            testId="aid-entries-pagination"
          />
        </>
      )}
    </Container>
  )
}
