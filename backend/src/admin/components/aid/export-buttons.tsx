import { ArrowDownTray } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import type { MessageKey } from "../../i18n/use-t"
import { useT } from "../../i18n/use-t"
import { type AidExportFormat, type AidScope, aidApi } from "../../lib/api"
import { useNotify } from "../../lib/notify"
import type { AidGroupBy } from "../../lib/types"

type ExportKind = {
  report: "summary" | "entries"
  format: AidExportFormat
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

/** Hands a downloaded file to the browser as a download. */
const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

type ExportButtonsProps = {
  /** the dashboard's filters, including the drilled-down town and partner */
  scope: AidScope
  /** summary rows: per town, or per partner once a town is chosen */
  groupBy: AidGroupBy
}

/** 汇总 CSV / 汇总 Excel / 明细 CSV / 明细 Excel of what the dashboard shows. */
export const ExportButtons = ({ scope, groupBy }: ExportButtonsProps) => {
  const t = useT()
  const notify = useNotify()
  const mutation = useMutation({
    mutationFn: ({ report, format }: ExportKind) =>
      aidApi.exportFile(
        report,
        format,
        report === "summary" ? { ...scope, group_by: groupBy } : scope
      ),
    onSuccess: ({ blob, fileName }) => {
      saveBlob(blob, fileName)
      notify.success("aid.export.done", { name: fileName })
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
          onClick={() => mutation.mutate(item)}
          data-testid={item.testId}
        >
          <ArrowDownTray />
          {t(item.label)}
        </Button>
      ))}
    </div>
  )
}
