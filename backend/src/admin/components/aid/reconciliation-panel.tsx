import { Badge, Button, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { useAidReconciliation, useRunAidReconciliation } from "../../hooks/api/aid"
import { useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { QueryBody, ReportCard } from "../report-card"
import { yuanText } from "./format"

/** The latest reconciliation of the ledger against the orders, and "立即核对". */
export const ReconciliationPanel = () => {
  const t = useT()
  const notify = useNotify()
  const query = useAidReconciliation()
  const mutation = useRunAidReconciliation({
    onSuccess: () => notify.success("aid.reconciliation.done"),
    onError: (failure) => notify.error(failure, "aid.reconciliation.failed"),
  })
  const run = query.data?.reconciliation ?? null

  return (
    <ReportCard
      title={t("aid.reconciliation.title")}
      subtitle={t("aid.reconciliation.description")}
      testId="aid-reconciliation"
      actions={
        <Button
          type="button"
          size="small"
          variant="secondary"
          isLoading={mutation.isPending}
          onClick={() => mutation.mutate()}
          data-testid="aid-reconcile"
        >
          {t("aid.reconciliation.run")}
        </Button>
      }
    >
      <QueryBody query={query}>
        {!run ? (
          <div className="px-4 py-4 sm:px-6">
            <Text size="small" className="text-ui-fg-muted" data-testid="aid-reconciliation-never">
              {t("aid.reconciliation.never")}
            </Text>
          </div>
        ) : (
          <>
            <dl
              className="grid grid-cols-1 gap-3 px-4 py-4 sm:grid-cols-4 sm:px-6"
              data-testid="aid-reconciliation-latest"
            >
              {[
                {
                  key: "finished",
                  label: t("aid.reconciliation.finishedAt"),
                  value: chinaDateTimeShort(run.finished_at),
                },
                {
                  key: "trigger",
                  label: t("aid.reconciliation.trigger"),
                  value:
                    run.trigger === "job"
                      ? t("aid.reconciliation.triggerJob")
                      : t("aid.reconciliation.triggerAdmin"),
                },
                {
                  key: "orders",
                  label: t("aid.reconciliation.ordersChecked"),
                  value: String(run.orders_checked),
                },
                {
                  key: "difference",
                  label: t("aid.reconciliation.difference"),
                  value: yuanText(t, run.difference_total),
                },
              ].map((item) => (
                <div key={item.key} className="flex flex-col gap-y-0.5">
                  <Text size="xsmall" className="text-ui-fg-muted" asChild>
                    <dt>{item.label}</dt>
                  </Text>
                  <Text size="small" weight="plus" className="tabular-nums" asChild>
                    <dd data-testid={`aid-reconciliation-${item.key}`}>{item.value}</dd>
                  </Text>
                </div>
              ))}
            </dl>
            <div className="px-4 py-3 sm:px-6">
              <Badge
                size="small"
                color={run.mismatch_count ? "red" : "green"}
                data-testid="aid-reconciliation-status"
              >
                {run.mismatch_count
                  ? t("aid.reconciliation.mismatches", { count: run.mismatch_count })
                  : t("aid.reconciliation.consistent")}
              </Badge>
            </div>
            {run.mismatches.length ? (
              <div className="overflow-x-auto">
                <Table className="min-w-[480px]" data-testid="aid-reconciliation-mismatches">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("aid.reconciliation.columns.order")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">
                        {t("aid.reconciliation.columns.ledger")}
                      </Table.HeaderCell>
                      <Table.HeaderCell className="text-right">
                        {t("aid.reconciliation.columns.expected")}
                      </Table.HeaderCell>
                      <Table.HeaderCell className="text-right">
                        {t("aid.reconciliation.columns.difference")}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {run.mismatches.map((mismatch) => (
                      <Table.Row key={mismatch.order_id}>
                        <Table.Cell>
                          <Link
                            to={`/orders/${mismatch.order_id}`}
                            className="text-ui-fg-interactive hover:underline"
                          >
                            {mismatch.display_id !== null
                              ? t("aid.entries.order", { id: mismatch.display_id })
                              : mismatch.order_id}
                          </Link>
                        </Table.Cell>
                        <Table.Cell className="text-right tabular-nums">
                          {yuanText(t, mismatch.ledger)}
                        </Table.Cell>
                        <Table.Cell className="text-right tabular-nums">
                          {yuanText(t, mismatch.expected)}
                        </Table.Cell>
                        <Table.Cell className="text-ui-fg-error text-right tabular-nums">
                          {yuanText(t, mismatch.difference)}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            ) : null}
          </>
        )}
      </QueryBody>
    </ReportCard>
  )
}
