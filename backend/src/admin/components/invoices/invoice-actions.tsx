import { Button } from "@medusajs/ui"
import { useMemo, useRef, useState } from "react"
import { useForm } from "react-hook-form"
import { zodResolver } from "@hookform/resolvers/zod"
import { chinaToday } from "../../../shared/china-time"
import type { InvoiceRequestDTO } from "../../../types/http/invoice"
import {
  useDownloadInvoiceFile,
  useIssueInvoice,
  useReverseInvoice,
  useUploadInvoiceFile,
} from "../../hooks/api/invoice-requests"
import { useT } from "../../i18n/use-t"
import { saveFile } from "../../lib/client"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { FormDrawer } from "../drawer-form"
import { FormInput } from "../form-input"
import {
  emptyIssueForm,
  type IssueFormValues,
  issueFormSchema,
  issueFormToBody,
} from "./issue-form-schema"

/** 开票: a drawer with the invoice number and day (a pending request only). */
export const IssueInvoiceDrawer = ({ request }: { request: InvoiceRequestDTO }) => {
  const t = useT()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => issueFormSchema(t), [t])
  const form = useForm<IssueFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyIssueForm(),
  })
  const issue = useIssueInvoice(request.id, {
    onSuccess: () => {
      notify.success("invoice.issue.done")
      setOpen(false)
    },
    onError: (error) => notify.refused(error, "invoice.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => issue.mutate(issueFormToBody(values)))
  const field = { form, prefix: "invoice", disabled: issue.isPending }
  if (request.status !== "pending") return null
  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(emptyIssueForm())
        setOpen(next)
      }}
      triggerLabel={t("invoice.issue.open")}
      triggerTestId="invoice-issue"
      title={t("invoice.issue.title")}
      description={t("invoice.issue.description")}
      onSubmit={onSubmit}
      pending={issue.isPending}
      testId="invoice-issue-form"
      submitLabel={t("invoice.issue.submit")}
      submitTestId="invoice-issue-submit"
    >
      <FormInput {...field} name="number" label={t("invoice.issue.number")} required />
      <FormInput
        {...field}
        name="issued_on"
        label={t("invoice.issue.issuedOn")}
        type="date"
        max={chinaToday()}
        required
      />
    </FormDrawer>
  )
}

/** The PDF: upload (issued requests) and download. */
export const InvoiceFileActions = ({ request }: { request: InvoiceRequestDTO }) => {
  const t = useT()
  const notify = useNotify()
  const input = useRef<HTMLInputElement>(null)
  const upload = useUploadInvoiceFile(request.id, {
    onSuccess: () => notify.success("invoice.file.uploaded"),
    onError: (error) => notify.refused(error, "invoice.failed"),
  })
  const download = useDownloadInvoiceFile(request.id, {
    onSuccess: saveFile,
    onError: (error) => notify.refused(error, "invoice.failed"),
  })
  const canUpload = request.status === "issued" || request.status === "needs_reversal"
  return (
    <div className="flex gap-x-2">
      {request.has_file && (
        <Button
          size="small"
          variant="secondary"
          isLoading={download.isPending}
          onClick={() => download.mutate(`发票-${request.number ?? request.id}.pdf`)}
          data-testid="invoice-download"
        >
          {t("invoice.file.download")}
        </Button>
      )}
      {canUpload && (
        <>
          <input
            ref={input}
            type="file"
            accept="application/pdf,.pdf"
            className="hidden"
            data-testid="invoice-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) upload.mutate(file)
              event.target.value = ""
            }}
          />
          <Button
            size="small"
            variant="secondary"
            isLoading={upload.isPending}
            onClick={() => input.current?.click()}
            data-testid="invoice-upload"
          >
            {upload.isPending ? t("invoice.file.uploading") : t("invoice.file.upload")}
          </Button>
        </>
      )}
    </div>
  )
}

/** 红冲 (an issued or flagged invoice). */
export const ReverseInvoiceButton = ({ request }: { request: InvoiceRequestDTO }) => {
  const t = useT()
  const notify = useNotify()
  const reverse = useReverseInvoice(request.id, {
    onSuccess: () => notify.success("invoice.reverse.done"),
    onError: (error) => notify.refused(error, "invoice.failed"),
  })
  if (request.status !== "issued" && request.status !== "needs_reversal") return null
  return (
    <Button
      size="small"
      variant={request.status === "needs_reversal" ? "danger" : "secondary"}
      isLoading={reverse.isPending}
      onClick={() => reverse.mutate()}
      data-testid="invoice-reverse"
    >
      {t("invoice.reverse.action")}
    </Button>
  )
}
