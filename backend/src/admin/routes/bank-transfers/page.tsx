import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Tabs, clx } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { type AdminBankTransferPayment, BANK_TRANSFER_FILTERS } from "../../../types/http"
import { yuanText } from "../../components/aid/format"
import { isOverdue } from "../../components/bank-transfer/state"
import { TransferStateBadge } from "../../components/bank-transfer/state-badge"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable } from "../../components/data-table"
import { ListPage, ListSearch } from "../../components/list-page"
import { useBankTransfers } from "../../hooks/api/bank-transfers"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.bankTransfers",
  translationNs: "meixian",
  icon: Cash,
})

export const handle = crumbHandle("nav.bankTransfers")

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
const TABLE = listTable<AdminBankTransferPayment>("bank-transfers", {
  href: (payment) => (payment.order ? `/orders/${payment.order.id}` : undefined),
  rowProps: (payment) => ({
    "data-testid": "bank-transfers-row",
    "data-reference": payment.reference ?? undefined,
  }),
  minWidth: "min-w-[880px]",
  columns,
  empty: "bankTransfer.empty",
})

/** 对公转账: the transfers still awaited (default), partly paid, received or cancelled, searchable by reference. */
const BankTransfersPage = () => {
  const t = useT()
  const list = useListParams()
  const filter = oneOf(FILTERS, list.searchParams.get("state")) ?? "awaiting_transfer"
  const { data, ...query } = useBankTransfers(
    { ...list.query, state: filter === "all" ? undefined : filter },
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
          onValueChange={(value) =>
            list.update({ state: value === "awaiting_transfer" ? null : value })
          }
        >
          <Tabs.List className="flex-wrap">
            {FILTERS.map((key) => (
              <Tabs.Trigger key={key} value={key} data-testid={`bank-transfers-filter-${key}`}>
                {t(`bankTransfer.filters.${key}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <ListSearch
          list={list}
          placeholder={t("bankTransfer.searchPlaceholder")}
          testId="bank-transfers-search"
        />
      </div>
      <DataTable {...TABLE} query={query} rows={data?.payments} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default BankTransfersPage
