import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { chinaDateTimeShort, chinaToday } from "../../../shared/china-time"
import { formatAmount } from "../../../shared/money"
import { useDownloadFarmStatement, useFarmStatement } from "../../hooks/api/farm-sales"
import { useT } from "../../i18n/use-t"
import { saveFile } from "../../lib/client"
import { useNotify } from "../../lib/notify"
import { ErrorState, LoadingState } from "../query-state"

/** The farm's sales from the aid ledger: a month's statement (对账单) with its entries and a CSV export. */
export const SalesPanel = ({
  partnerId,
  partnerName,
}: {
  partnerId?: string
  partnerName: string
}) => {
  const t = useT()
  const notify = useNotify()
  const [month, setMonth] = useState(chinaToday().slice(0, 7))
  const statement = useFarmStatement(partnerId, month, {
    placeholderData: keepPreviousData,
    enabled: /^\d{4}-\d{2}$/.test(month),
  })
  // the file is named here: the farm's name, 对账单 and the month
  const download = useDownloadFarmStatement(partnerId, {
    onSuccess: ({ blob }, { fileName }) => {
      saveFile({ blob, fileName })
      notify.success("farm.sales.exported")
    },
    onError: (error) => notify.error(error),
  })
  const data = statement.data
  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-sales">
      <Container className="flex flex-wrap items-end gap-3 px-4 py-3 sm:px-6">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="farm-sales-month" size="xsmall" weight="plus">
            {t("farm.sales.month")}
          </Label>
          <Input
            id="farm-sales-month"
            type="month"
            size="small"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          isLoading={download.isPending}
          onClick={() =>
            download.mutate({
              month,
              fileName: t("farm.sales.fileName", { partner: partnerName, month }),
            })
          }
          data-testid="farm-statement-export"
        >
          {t("farm.sales.export")}
        </Button>
      </Container>
      {statement.isLoading ? (
        <LoadingState />
      ) : statement.error || !data ? (
        <ErrorState error={statement.error} onRetry={() => statement.refetch()} />
      ) : (
        <>
          <Container
            className="grid grid-cols-3 gap-2 px-4 py-3 sm:px-6"
            data-testid="farm-statement-total"
          >
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("farm.sales.total")}
              </Text>
              <Text size="large" weight="plus">
                {t("farm.sales.yuan", { amount: formatAmount(data.total.amount) })}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("farm.sales.quantity")}
              </Text>
              <Text size="large" weight="plus">
                {data.total.quantity}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("farm.sales.orders")}
              </Text>
              <Text size="large" weight="plus">
                {data.total.orders}
              </Text>
            </div>
          </Container>
          <Container className="divide-y p-0">
            <div className="px-4 py-3 sm:px-6">
              <Heading level="h3">{t("farm.sales.byProduct")}</Heading>
            </div>
            {data.rows.length === 0 ? (
              <Text size="small" className="text-ui-fg-muted px-4 py-3 sm:px-6">
                {t("farm.sales.empty")}
              </Text>
            ) : (
              data.rows.map((row, i) => (
                <div
                  key={i}
                  className="flex items-center justify-between gap-x-3 px-4 py-2 sm:px-6"
                >
                  <Text
                    size="small"
                    className="min-w-0 break-words"
                  >{`${row.product_title ?? ""} ${row.variant_title ?? ""}`}</Text>
                  <Text size="small" className="shrink-0 tabular-nums">
                    {row.quantity} · {t("farm.sales.yuan", { amount: formatAmount(row.amount) })}
                  </Text>
                </div>
              ))
            )}
          </Container>
          {data.entries.length ? (
            <Container className="p-0">
              <div className="px-4 py-3 sm:px-6">
                <Heading level="h3">{t("farm.sales.entries")}</Heading>
              </div>
              <div className="overflow-x-auto">
                <Table className="min-w-[520px]">
                  <Table.Body>
                    {data.entries.map((e) => (
                      <Table.Row key={e.id}>
                        <Table.Cell className="whitespace-nowrap">
                          {chinaDateTimeShort(e.occurred_at)}
                        </Table.Cell>
                        <Table.Cell>#{e.order_display_id}</Table.Cell>
                        <Table.Cell>{t(`aid.entryKind.${e.kind}`)}</Table.Cell>
                        <Table.Cell>{`${e.product_title ?? ""} ${e.variant_title ?? ""}`}</Table.Cell>
                        <Table.Cell className="tabular-nums">{e.quantity}</Table.Cell>
                        <Table.Cell className="tabular-nums">
                          {t("farm.sales.yuan", { amount: formatAmount(e.amount) })}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Container>
          ) : null}
        </>
      )}
    </div>
  )
}
