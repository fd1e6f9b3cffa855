import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { chinaDateTimeShort } from "../../shared/china-time"
import { yuanText } from "../components/aid/format"
import { ReceiptDrawer } from "../components/bank-transfer/receipt-drawer"
import { TransferStateBadge } from "../components/bank-transfer/state-badge"
import { ErrorState, LoadingState } from "../components/query-state"
import { useT } from "../i18n/use-t"
import zhCN from "../i18n/zh-CN"
import { BANK_TRANSFER_PROVIDER_ID } from "../../types/http"
import { isOverdue } from "../components/bank-transfer/state"
import { useBankTransfers } from "../hooks/api/bank-transfers"
import { useProviderLabels } from "../lib/provider-labels"

/** Medusa prints the raw provider id on the order page: shown as its name (see useProviderLabels). */
const PROVIDER_LABELS = { [BANK_TRANSFER_PROVIDER_ID]: zhCN.bankTransfer.provider }

const Row = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="grid grid-cols-[auto_1fr] items-baseline gap-x-4">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="text-right tabular-nums" data-testid={testId}>
      {children}
    </Text>
  </div>
)

/**
 * Order page side widget "对公转账": the reference code the buyer writes on the
 * transfer, where the payment stands (待到账 / 部分到账 / 已到账 / 已取消), the
 * amounts, the deadline and the receipts, with 确认到账.
 */
const OrderBankTransferWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const t = useT()
  useProviderLabels(PROVIDER_LABELS)
  const { data, error, isLoading, refetch } = useBankTransfers({ order_id: order.id, limit: 5 })
  const payment = data?.payments[0]
  if (!isLoading && !error && !payment) return null

  const overdue = payment ? isOverdue(payment) : false

  return (
    <Container className="divide-y p-0" data-testid="order-bank-transfer">
      <div className="flex items-start justify-between gap-x-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("bankTransfer.widget.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bankTransfer.widget.description")}
          </Text>
        </div>
        {payment ? <TransferStateBadge payment={payment} /> : null}
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : payment ? (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Row label={t("bankTransfer.widget.reference")}>
              <span
                className="font-mono font-medium tracking-wide"
                data-testid="bank-transfer-reference"
              >
                {payment.reference}
              </span>
            </Row>
            <Row label={t("bankTransfer.widget.amount")} testId="bank-transfer-amount">
              {yuanText(t, payment.amount)}
            </Row>
            <Row label={t("bankTransfer.widget.received")} testId="bank-transfer-received">
              {yuanText(t, payment.received_amount)}
            </Row>
            {payment.state === "awaiting_transfer" ? (
              <Row label={t("bankTransfer.widget.outstanding")} testId="bank-transfer-outstanding">
                {yuanText(t, payment.outstanding_amount)}
              </Row>
            ) : null}
            <Row label={t("bankTransfer.widget.deadline")} testId="bank-transfer-deadline">
              <span className={clx(overdue && "text-ui-fg-error")}>
                {payment.deadline_at
                  ? chinaDateTimeShort(payment.deadline_at)
                  : t("bankTransfer.noDeadline")}
                {overdue ? ` · ${t("bankTransfer.overdue")}` : ""}
              </span>
            </Row>
            {payment.state === "awaiting_transfer" ? (
              <Text size="xsmall" className="text-ui-fg-muted">
                {payment.reminded_at
                  ? t("bankTransfer.widget.reminded", {
                      at: chinaDateTimeShort(payment.reminded_at),
                    })
                  : t("bankTransfer.widget.deadlineHint")}
              </Text>
            ) : null}
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">
              {t("bankTransfer.widget.receipts")}
            </Text>
            {payment.receipts.length === 0 ? (
              <Text size="small" className="text-ui-fg-muted">
                {t("bankTransfer.widget.noReceipts")}
              </Text>
            ) : (
              <ul className="flex flex-col gap-y-2">
                {payment.receipts.map((receipt) => (
                  <li
                    key={receipt.id}
                    className="flex flex-col gap-y-0.5"
                    data-testid="bank-transfer-receipt"
                  >
                    <div className="flex items-baseline justify-between gap-x-2">
                      <Text size="small" className="min-w-0 break-words">
                        {t("bankTransfer.widget.receiptLine", {
                          amount: yuanText(t, receipt.amount),
                          payer: receipt.payer_name,
                        })}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle shrink-0">
                        {t(`bankTransfer.widget.outcome.${receipt.outcome}`)}
                      </Text>
                    </div>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {t(
                        receipt.received_on
                          ? "bankTransfer.widget.receiptMeta"
                          : "bankTransfer.widget.receiptMetaNoDay",
                        {
                          day: receipt.received_on ?? "",
                          by: receipt.recorded_by?.email ?? t("common.none"),
                          at: chinaDateTimeShort(receipt.recorded_at),
                        }
                      )}
                    </Text>
                    {receipt.note ? (
                      <Text size="xsmall" className="text-ui-fg-subtle break-words">
                        {receipt.note}
                      </Text>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {payment.state === "awaiting_transfer" && order.status !== "canceled" ? (
            <div className="flex justify-end px-6 py-4">
              <ReceiptDrawer payment={payment} />
            </div>
          ) : null}
        </>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default OrderBankTransferWidget
