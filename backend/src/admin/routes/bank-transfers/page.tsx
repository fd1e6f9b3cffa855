import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Tabs, clx } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { type AdminBankTransferPayment, BANK_TRANSFER_FILTERS } from "../../../types/http"
import { yuanText } from "../../components/aid/format"
import { isOverdue } from "../../components/bank-transfer/state"
import { TransferStateBadge } from "../../components/bank-transfer/state-badge"
import { crumbHandle } from "../../components/crumbs"
import {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  paging,
} from "../../components/data-table"
import { ListPage, SearchInput } from "../../components/list-page"
import { useBankTransfers } from "../../hooks/api/bank-transfers"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { type UrlParamsPatch, oneOf, useUrlParams } from "../../lib/url-params"

const PAGE_SIZE = 20
const FILTERS = [...BANK_TRANSFER_FILTERS, "all"] as const

const columns = (t: TranslateFn): DataTableColumn<AdminBankTransferPayment>[] => [
  {
    key: "reference",
    header: t("bankTransfer.columns.reference"),
    className: "whitespace-nowrap font-mono",
    cell: (payment) => payment.reference ?? t("common.none"),
  },
  {
    key: "order",
    header: t("bankTransfer.columns.order"),
    className: "whitespace-nowrap",
    cell: ({ order }) =>
      order ? (
        <Link
          to={`/orders/${order.id}`}
          className="text-ui-fg-interactive hover:underline"
          onClick={(event) => event.stopPropagation()}
        >
          {t("bankTransfer.orderNumber", { id: order.display_id ?? order.id })}
        </Link>
      ) : (
        t("common.none")
      ),
  },
  {
    // the buyer as the support team knows them: recipient, then the checkout contact or e-mail
    key: "buyer",
    header: t("bankTransfer.columns.buyer"),
    className: "max-w-[220px]",
    cell: ({ order }) => {
      const contact = order ? (order.contact ?? order.email) : null
      return (
        <div className="flex flex-col">
          <span className="truncate">{order?.recipient ?? t("common.none")}</span>
          {contact ? <span className="text-ui-fg-subtle truncate text-xs">{contact}</span> : null}
        </div>
      )
    },
  },
  {
    key: "amount",
    header: t("bankTransfer.columns.amount"),
    align: "right",
    cell: (payment) => yuanText(t, payment.amount),
  },
  {
    key: "received",
    header: t("bankTransfer.columns.received"),
    align: "right",
    cell: (payment) => yuanText(t, payment.received_amount),
  },
  {
    key: "deadline",
    header: t("bankTransfer.columns.deadline"),
    cell: (payment) => (
      <span className={clx("whitespace-nowrap", isOverdue(payment) && "text-ui-fg-error")}>
        {payment.deadline_at
          ? chinaDateTimeShort(payment.deadline_at)
          : t("bankTransfer.noDeadline")}
      </span>
    ),
  },
  {
    key: "state",
    header: t("bankTransfer.columns.state"),
    cell: (payment) => <TransferStateBadge payment={payment} />,
  },
]

/** The table's fixed parts. */
const TABLE = {
  rowKey: (payment) => payment.id,
  href: (payment) => (payment.order ? `/orders/${payment.order.id}` : undefined),
  rowProps: (payment) => ({
    "data-testid": "bank-transfers-row",
    "data-reference": payment.reference ?? undefined,
  }),
  minWidth: "min-w-[880px]",
  testId: "bank-transfers-table",
} satisfies Partial<DataTableProps<AdminBankTransferPayment>>

export const config = defineRouteConfig({
  label: "nav.bankTransfers",
  translationNs: "meixian",
  icon: Cash,
})

export const handle = crumbHandle("nav.bankTransfers")

/** 对公转账: the transfers still awaited (default), partly paid, received or cancelled, searchable by reference. */
const BankTransfersPage = () => {
  const t = useT()
  const [searchParams, updateUrl] = useUrlParams()
  const filter = oneOf(FILTERS, searchParams.get("state")) ?? "awaiting_transfer"
  const q = searchParams.get("q") ?? ""
  const [pageIndex, setPageIndex] = useState(0)
  const update = (patch: UrlParamsPatch) => {
    updateUrl(patch)
    setPageIndex(0)
  }

  const payments = useBankTransfers(
    {
      state: filter === "all" ? undefined : filter,
      q: q || undefined,
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
    },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("bankTransfer.title")}
      subtitle={t("bankTransfer.subtitle")}
      testId="bank-transfers-page"
    >
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
        <SearchInput
          value={q}
          onSearch={(next) => update({ q: next })}
          className="w-full sm:max-w-xs"
          placeholder={t("bankTransfer.searchPlaceholder")}
          testId="bank-transfers-search"
        />
      </div>
      <DataTable
        {...TABLE}
        query={payments}
        rows={payments.data?.payments}
        columns={columns(t)}
        emptyMessage={t("bankTransfer.empty")}
        headerWhenEmpty
        pagination={paging(
          payments.data?.count,
          pageIndex,
          PAGE_SIZE,
          setPageIndex,
          "bank-transfers-pagination"
        )}
      />
    </ListPage>
  )
}

export default BankTransfersPage
