import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type {
  PaymentReconciliationDifference,
  PaymentReconciliationRun,
} from "../../../types/http/payment-reconciliations"
import { useT } from "../../i18n/use-t"
import { yuanText } from "../aid/format"
import { DetailSection } from "../detail"
import { EmptyState } from "../query-state"
import { ResolveDifferenceDrawer } from "./resolve-drawer"

/** Every line where the bill and the shop disagree, with what was done about it. */
export const DifferencesTable = ({
  run,
  differences,
}: {
  run: PaymentReconciliationRun
  differences: PaymentReconciliationDifference[]
}) => {
  const t = useT()
  const none = t("common.none")
  const amount = (value: string | null) => (value === null ? none : yuanText(t, value))
  return (
    <DetailSection
      title={t("paymentReconciliation.difference.title")}
      aside={`${run.unresolved_count} / ${differences.length}`}
      testId="reconciliation-differences"
    >
      {differences.length ? (
        <div className="overflow-x-auto">
          <Table className="min-w-[960px]">
            <Table.Header>
              <Table.Row>
                {(
                  [
                    "kind",
                    "direction",
                    "outTradeNo",
                    "transactionId",
                    "billAmount",
                    "shopAmount",
                    "order",
                    "resolution",
                  ] as const
                ).map((key) => (
                  <Table.HeaderCell key={key}>
                    {t(`paymentReconciliation.difference.columns.${key}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {differences.map((d) => (
                <Table.Row
                  key={d.id}
                  data-testid="reconciliation-difference"
                  data-out-trade-no={d.out_trade_no}
                  data-kind={d.kind}
                >
                  <Table.Cell>{t(`paymentReconciliation.difference.kind.${d.kind}`)}</Table.Cell>
                  <Table.Cell>
                    {t(`paymentReconciliation.difference.direction.${d.direction}`)}
                  </Table.Cell>
                  <Table.Cell className="font-mono">{d.out_trade_no}</Table.Cell>
                  <Table.Cell className="font-mono">{d.transaction_id ?? none}</Table.Cell>
                  <Table.Cell className="text-right">{amount(d.bill_amount)}</Table.Cell>
                  <Table.Cell className="text-right">{amount(d.shop_amount)}</Table.Cell>
                  <Table.Cell>
                    {d.order_id ? (
                      <Link
                        to={`/orders/${d.order_id}`}
                        className="text-ui-fg-interactive hover:underline"
                      >
                        {t("paymentReconciliation.difference.order", {
                          id: d.display_id ?? d.order_id,
                        })}
                      </Link>
                    ) : (
                      none
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {d.resolved_at ? (
                      <Text size="small" className="text-ui-fg-subtle" data-testid="resolved-note">
                        {t("paymentReconciliation.difference.resolved", {
                          note: d.resolution_note ?? "",
                        })}
                      </Text>
                    ) : (
                      <ResolveDifferenceDrawer runId={run.id} difference={d} />
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <EmptyState message={t("paymentReconciliation.difference.none")} />
      )}
    </DetailSection>
  )
}
