import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Badge, Button, Select, Tabs } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import {
  type AdminNotificationDelivery,
  DELIVERY_CHANNEL_FILTERS,
  type DeliveryStatus,
} from "../../../types/http"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable } from "../../components/data-table"
import { ListPage } from "../../components/list-page"
import { useNotificationDeliveries, useRetryNotification } from "../../hooks/api/notifications"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.notifications",
  translationNs: "meixian",
  icon: BellAlert,
})

export const handle = crumbHandle("nav.notifications")

const FILTERS = ["failure", "success", "all"] as const
const CHANNELS = [...DELIVERY_CHANNEL_FILTERS, "all"] as const

const STATUS_COLOR: Record<DeliveryStatus, "green" | "red" | "orange"> = {
  success: "green",
  failure: "red",
  pending: "orange",
}

/** 重试 of one failed message; the toast says what came of it. */
const RetryButton = ({ delivery }: { delivery: AdminNotificationDelivery }) => {
  const t = useT()
  const notify = useNotify()
  const retry = useRetryNotification({
    onSuccess: (data) => {
      if (data.outcome === "failed") {
        notify.error(new Error(data.delivery.last_error ?? ""), "notification.outcome.failed")
      } else notify.success(`notification.outcome.${data.outcome}`)
    },
    onError: (error) => notify.refused(error, "notification.retryFailed"),
  })
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={retry.isPending}
      data-testid="notifications-retry"
      onClick={(event) => {
        event.stopPropagation()
        retry.mutate(delivery.id)
      }}
    >
      {retry.isPending ? t("notification.retrying") : t("notification.retry")}
    </Button>
  )
}

const columns = (t: TranslateFn): DataTableColumn<AdminNotificationDelivery>[] => [
  {
    key: "created_at",
    header: t("notification.columns.createdAt"),
    className: "whitespace-nowrap",
    cell: (d) => chinaDateTimeShort(d.created_at),
  },
  {
    key: "channel",
    header: t("notification.columns.channel"),
    className: "whitespace-nowrap",
    cell: (d) => t(`notification.channels.${d.channel}`),
  },
  {
    key: "to",
    header: t("notification.columns.to"),
    className: "whitespace-nowrap font-mono",
    cell: (d) => d.to,
  },
  {
    key: "content",
    header: t("notification.columns.content"),
    className: "max-w-[420px]",
    title: (d) => d.content,
    cell: (d) => (
      <div className="flex flex-col">
        {d.subject ? <span className="truncate font-medium">{d.subject}</span> : null}
        <span className="text-ui-fg-subtle line-clamp-2 text-xs">{d.content}</span>
        {d.resource_type === "order" && d.resource_id ? (
          <Link
            to={`/orders/${d.resource_id}`}
            className="text-ui-fg-interactive text-xs hover:underline"
            onClick={(event) => event.stopPropagation()}
          >
            {t("notification.order")}
          </Link>
        ) : null}
      </div>
    ),
  },
  {
    key: "status",
    header: t("notification.columns.status"),
    cell: (d) => (
      <Badge size="2xsmall" color={STATUS_COLOR[d.status]}>
        {t(`notification.status.${d.status}`)}
      </Badge>
    ),
  },
  {
    key: "attempts",
    header: t("notification.columns.attempts"),
    align: "right",
    cell: (d) => d.attempts,
  },
  {
    key: "error",
    header: t("notification.columns.error"),
    className: "max-w-[260px]",
    title: (d) => d.last_error ?? undefined,
    cell: (d) =>
      d.status === "failure" ? (
        <div className="flex flex-col">
          <span className="text-ui-fg-error line-clamp-2 text-xs">
            {d.last_error ?? t("common.none")}
          </span>
          <span className="text-ui-fg-subtle text-xs">
            {d.next_attempt_at
              ? t("notification.nextAttempt", { at: chinaDateTimeShort(d.next_attempt_at) })
              : t("notification.noMoreAttempts")}
          </span>
        </div>
      ) : (
        t("common.none")
      ),
  },
  {
    key: "actions",
    header: t("notification.columns.actions"),
    cell: (d) => (d.status === "failure" ? <RetryButton delivery={d} /> : null),
  },
]

const TABLE = listTable<AdminNotificationDelivery>("notifications", {
  rowProps: (d) => ({ "data-testid": "notifications-row", "data-status": d.status }),
  minWidth: "min-w-[1080px]",
  columns,
  empty: "notification.empty",
})

/** 消息通知: SMS and e-mail to people, failed ones first (default), masked; 重试 of a failure. */
const NotificationsPage = () => {
  const t = useT()
  const list = useListParams()
  const filter = oneOf(FILTERS, list.searchParams.get("status")) ?? "failure"
  const channel = oneOf(CHANNELS, list.searchParams.get("channel")) ?? "all"
  const { data, ...query } = useNotificationDeliveries(
    {
      limit: list.query.limit,
      offset: list.query.offset,
      status: filter === "all" ? undefined : filter,
      channel: channel === "all" ? undefined : channel,
    },
    { placeholderData: keepPreviousData }
  )
  return (
    <ListPage
      title={t("notification.title")}
      subtitle={t("notification.subtitle")}
      testId="notifications-page"
    >
      <div className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Tabs
          value={filter}
          onValueChange={(value) => list.update({ status: value === "failure" ? null : value })}
        >
          <Tabs.List>
            {FILTERS.map((key) => (
              <Tabs.Trigger key={key} value={key} data-testid={`notifications-filter-${key}`}>
                {t(`notification.filters.${key}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <div className="w-full sm:w-40">
          <Select
            value={channel}
            onValueChange={(value) => list.update({ channel: value === "all" ? null : value })}
          >
            <Select.Trigger data-testid="notifications-channel">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CHANNELS.map((key) => (
                <Select.Item key={key} value={key}>
                  {t(`notification.channels.${key}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <DataTable {...TABLE} query={query} rows={data?.deliveries} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default NotificationsPage
