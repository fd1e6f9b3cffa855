import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Input, Table, Tabs, Text, clx } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { yuanText } from "../../components/aid/format"
import { TransferStateBadge } from "../../components/bank-transfer/state-badge"
import { Crumb } from "../../components/crumbs"
import { Pagination } from "../../components/pagination"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-state"
import { useT } from "../../i18n/use-t"
import {
  type BankTransfer,
  type BankTransferFilter,
  bankTransferApi,
  bankTransferQueryKeys,
} from "../../lib/bank-transfer-api"

const PAGE_SIZE = 20
const FILTERS = ["awaiting_transfer", "partially_received", "received", "canceled", "all"] as const
type Filter = (typeof FILTERS)[number]

const isFilter = (value: string | null): value is Filter => FILTERS.includes(value as Filter)

/** The buyer as the support team knows them: recipient, then the checkout contact or e-mail. */
const buyerOf = (payment: BankTransfer) => {
  const order = payment.order
  if (!order) return { name: null, contact: null }
  return { name: order.recipient, contact: order.contact ?? order.email }
}

/** 对公转账: the transfers still awaited (default), partly paid, received or cancelled, searchable by reference. */
const BankTransfersPage = () => {
  const t = useT()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const filter: Filter = isFilter(searchParams.get("state"))
    ? (searchParams.get("state") as Filter)
    : "awaiting_transfer"
  const q = searchParams.get("q") ?? ""
  const [search, setSearch] = useState(q)
  const [pageIndex, setPageIndex] = useState(0)

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setSearchParams(next, { replace: true })
    setPageIndex(0)
  }

  // Debounce the search box into the URL.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== q) update({ q: search.trim() || null })
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const params = {
    state: filter === "all" ? undefined : (filter as BankTransferFilter),
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: bankTransferQueryKeys.list(params),
    queryFn: () => bankTransferApi.list(params),
    placeholderData: keepPreviousData,
  })

  return (
    <Container className="divide-y p-0" data-testid="bank-transfers-page">
      <div className="flex flex-col gap-1 px-4 py-4 sm:px-6">
        <Heading level="h1">{t("bankTransfer.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bankTransfer.subtitle")}
        </Text>
      </div>
      <div className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Tabs
          value={filter}
          onValueChange={(value) => update({ state: value === "awaiting_transfer" ? null : value })}
        >
          <Tabs.List className="flex-wrap">
            {FILTERS.map((key) => (
              <Tabs.Trigger key={key} value={key} data-testid={`bank-transfers-filter-${key}`}>
                {t(`bankTransfer.filters.${key}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <Input
          type="search"
          size="small"
          className="w-full sm:max-w-xs"
          placeholder={t("bankTransfer.searchPlaceholder")}
          aria-label={t("bankTransfer.searchPlaceholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="bank-transfers-search"
        />
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="min-w-[880px]" data-testid="bank-transfers-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("bankTransfer.columns.reference")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("bankTransfer.columns.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("bankTransfer.columns.buyer")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("bankTransfer.columns.amount")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("bankTransfer.columns.received")}
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t("bankTransfer.columns.deadline")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("bankTransfer.columns.state")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data?.payments.map((payment) => {
                  const buyer = buyerOf(payment)
                  const overdue =
                    payment.state === "awaiting_transfer" &&
                    payment.deadline_at &&
                    new Date(payment.deadline_at) < new Date()
                  return (
                    <Table.Row
                      key={payment.id}
                      className={clx(payment.order && "cursor-pointer")}
                      onClick={() => payment.order && navigate(`/orders/${payment.order.id}`)}
                      data-testid="bank-transfers-row"
                      data-reference={payment.reference ?? undefined}
                    >
                      <Table.Cell className="whitespace-nowrap font-mono">
                        {payment.reference ?? t("common.none")}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        {payment.order ? (
                          <Link
                            to={`/orders/${payment.order.id}`}
                            className="text-ui-fg-interactive hover:underline"
                            onClick={(event) => event.stopPropagation()}
                          >
                            {t("bankTransfer.orderNumber", {
                              id: payment.order.display_id ?? payment.order.id,
                            })}
                          </Link>
                        ) : (
                          t("common.none")
                        )}
                      </Table.Cell>
                      <Table.Cell className="max-w-[220px]">
                        <div className="flex flex-col">
                          <span className="truncate">{buyer.name ?? t("common.none")}</span>
                          {buyer.contact ? (
                            <span className="text-ui-fg-subtle truncate text-xs">
                              {buyer.contact}
                            </span>
                          ) : null}
                        </div>
                      </Table.Cell>
                      <Table.Cell className="text-right tabular-nums">
                        {yuanText(t, payment.amount)}
                      </Table.Cell>
                      <Table.Cell className="text-right tabular-nums">
                        {yuanText(t, payment.received_amount)}
                      </Table.Cell>
                      <Table.Cell
                        className={clx("whitespace-nowrap", overdue && "text-ui-fg-error")}
                      >
                        {payment.deadline_at
                          ? chinaDateTimeShort(payment.deadline_at)
                          : t("bankTransfer.noDeadline")}
                      </Table.Cell>
                      <Table.Cell>
                        <TransferStateBadge payment={payment} />
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          </div>
          {data && data.payments.length === 0 ? (
            <EmptyState message={t("bankTransfer.empty")} />
          ) : null}
          {data && data.count > 0 ? (
            <Pagination
              count={data.count}
              pageIndex={pageIndex}
              pageSize={PAGE_SIZE}
              onPageChange={setPageIndex}
              testId="bank-transfers-pagination"
            />
          ) : null}
        </>
      )}
    </Container>
  )
}

// Medusa reads `translationNs` from the source, so it must be a string literal
// (the namespace of src/admin/i18n/index.ts).
export const config = defineRouteConfig({
  label: "nav.bankTransfers",
  translationNs: "meixian",
  icon: Cash,
})

export const handle = {
  breadcrumb: () => <Crumb k="nav.bankTransfers" />,
}

export default BankTransfersPage
