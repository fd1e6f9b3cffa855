import { Input, Text } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import type {
  AdminRemittanceImportErrorResponse,
  AdminRemittanceImportResponse,
  RemittanceImportError,
} from "../../../types/http/remittances"
import { useImportStatement } from "../../hooks/api/remittances"
import { useT } from "../../i18n/use-t"
import { BodyFetchError } from "../../lib/client"
import { chineseMessage, useNotify } from "../../lib/notify"
import { DataTable } from "../data-table"
import { FormDrawer } from "../drawer-form"
import { Field } from "../field"
import { RemittanceStatusBadge } from "./status-badge"

type Outcome =
  | { kind: "done"; data: AdminRemittanceImportResponse }
  | { kind: "refused"; message: string; errors: RemittanceImportError[] }

/** A refused file: its message and every row's error (nothing was recorded). */
const ImportErrors = ({ outcome }: { outcome: Extract<Outcome, { kind: "refused" }> }) => {
  const t = useT()
  return (
    <div className="flex flex-col gap-y-1" data-testid="remittance-import-errors">
      <Text size="small" weight="plus" className="text-ui-fg-error">
        {t("remittance.import.failed")}：{chineseMessage(outcome.message)}
      </Text>
      <ul className="text-ui-fg-error list-disc pl-5 text-sm">
        {outcome.errors.map((error, index) => (
          <li key={index} data-testid="remittance-import-error">
            {error.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What became of each row, under the summary. */
const ImportResults = ({ data }: { data: AdminRemittanceImportResponse }) => {
  const t = useT()
  const rows = data.rows.map((row) => ({ ...row, id: String(row.row) }))
  const { by_status: _byStatus, ...counts } = data.summary
  return (
    <div className="flex flex-col gap-y-2" data-testid="remittance-import-results">
      <Text size="small" weight="plus" data-testid="remittance-import-summary">
        {t("remittance.import.summary", counts)}
      </Text>
      <DataTable
        rows={rows}
        minWidth="min-w-[420px]"
        empty="remittance.empty"
        testId="remittance-import-rows"
        rowProps={() => ({ "data-testid": "remittance-import-row" })}
        columns={(tr) => [
          { key: "row", header: "#", cell: (row) => tr("remittance.import.row", { row: row.row }) },
          {
            key: "result",
            header: tr("remittance.columns.status"),
            cell: (row) =>
              row.remittance && row.result !== "skipped" ? (
                <RemittanceStatusBadge status={row.remittance.status} />
              ) : (
                tr(`remittance.import.result.${row.result}`)
              ),
          },
          {
            key: "message",
            header: "",
            cell: (row) =>
              row.result === "recorded"
                ? tr("remittance.import.result.recorded")
                : (row.message ?? ""),
          },
        ]}
      />
    </div>
  )
}

/** "导入银行流水": uploads a statement, then shows each row's result or the file's errors. */
export const ImportStatementDrawer = () => {
  const t = useT()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const upload = useImportStatement({
    onSuccess: (data) => {
      setOutcome({ kind: "done", data })
      notify.success("remittance.import.done")
    },
    onError: (error) => {
      const body = error instanceof BodyFetchError ? error.body : null
      const refused = body as AdminRemittanceImportErrorResponse | null
      setOutcome({ kind: "refused", message: error.message, errors: refused?.errors ?? [] })
    },
  })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (file) upload.mutate(file)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        setFile(null)
        setOutcome(null)
        setOpen(next)
      }}
      triggerLabel={t("remittance.import.open")}
      triggerTestId="remittance-import"
      title={t("remittance.import.title")}
      description={t("remittance.import.description")}
      onSubmit={onSubmit}
      pending={upload.isPending}
      submitDisabled={!file}
      testId="remittance-import-form"
      submitLabel={t("remittance.import.submit")}
      submitTestId="remittance-import-submit"
    >
      <Field id="remittance-import-file" label={t("remittance.import.file")} required>
        <Input
          id="remittance-import-file"
          data-testid="remittance-import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setOutcome(null)
          }}
        />
      </Field>
      {outcome?.kind === "done" ? <ImportResults data={outcome.data} /> : null}
      {outcome?.kind === "refused" ? <ImportErrors outcome={outcome} /> : null}
    </FormDrawer>
  )
}
