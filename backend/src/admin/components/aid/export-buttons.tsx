import { ArrowDownTray } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import type { AidGroupBy, AidReportScope } from "../../../types/http"
import { type AidExportRequest, useAidExport } from "../../hooks/api/aid"
import { type MessageKey, useT } from "../../i18n/use-t"
import { saveFile } from "../../lib/client"
import { useNotify } from "../../lib/notify"

type ExportKind = Omit<AidExportRequest, "scope"> & {
  label: MessageKey
  testId: string
}

const EXPORTS: ExportKind[] = [
  {
    report: "summary",
    format: "csv",
    label: "aid.export.summaryCsv",
    testId: "aid-export-summary-csv",
  },
  {
    report: "summary",
    format: "xlsx",
    label: "aid.export.summaryXlsx",
    testId: "aid-export-summary-xlsx",
  },
  {
    report: "entries",
    format: "csv",
    label: "aid.export.entriesCsv",
    testId: "aid-export-entries-csv",
  },
  {
    report: "entries",
    format: "xlsx",
    label: "aid.export.entriesXlsx",
    testId: "aid-export-entries-xlsx",
  },
]

type ExportButtonsProps = {
  /** the dashboard's filters, including the drilled-down town and partner */
  scope: AidReportScope
  /** summary rows: per town, or per partner once a town is chosen */
  groupBy: AidGroupBy
}

/** 汇总 CSV / 汇总 Excel / 明细 CSV / 明细 Excel of what the dashboard shows. */
export const ExportButtons = ({ scope, groupBy }: ExportButtonsProps) => {
  const t = useT()
  const notify = useNotify()
  const mutation = useAidExport<AidExportRequest & ExportKind>({
    onSuccess: (file) => {
      saveFile(file)
      notify.success("aid.export.done", { name: file.fileName })
    },
    onError: (error) => notify.error(error, "aid.export.failed"),
  })

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="aid-exports">
      <Text size="small" weight="plus" className="text-ui-fg-subtle mr-1">
        {t("aid.export.title")}
      </Text>
      {EXPORTS.map((item) => (
        <Button
          key={item.testId}
          type="button"
          size="small"
          variant="secondary"
          disabled={mutation.isPending}
          isLoading={mutation.isPending && mutation.variables?.testId === item.testId}
          onClick={() =>
            mutation.mutate({
              ...item,
              scope: item.report === "summary" ? { ...scope, group_by: groupBy } : scope,
            })
          }
          data-testid={item.testId}
        >
          <ArrowDownTray />
          {t(item.label)}
        </Button>
      ))}
    </div>
  )
}
