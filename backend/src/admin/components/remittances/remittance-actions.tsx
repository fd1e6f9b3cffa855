import { Button, Input, usePrompt } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import type { AdminRemittance } from "../../../types/http/remittances"
import { useConfirmRemittance, useMatchRemittance } from "../../hooks/api/remittances"
import { useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { DetailSection } from "../detail"
import { Field } from "../field"

/** The statuses a person may still match by hand (the server checks it again). */
const MATCHABLE = ["unmatched", "underpaid", "overpaid", "name_mismatch"]

/** 确认到账 of a 户名不符 credit, after a confirmation naming both payers. */
export const ConfirmRemittanceButton = ({ credit }: { credit: AdminRemittance }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const confirm = useConfirmRemittance(credit.id, {
    onSuccess: () => notify.success("remittance.confirm.done"),
    onError: (error) => notify.refused(error, "remittance.failed"),
  })
  if (credit.status !== "name_mismatch") return null
  const onClick = async () => {
    const confirmed = await prompt({
      title: t("remittance.confirm.title"),
      description: t("remittance.confirm.text", {
        payer: credit.payer_name,
        expected: credit.expected_payer ?? t("common.none"),
      }),
      confirmText: t("common.confirm"),
      cancelText: t("common.cancel"),
    })
    if (confirmed) confirm.mutate()
  }
  return (
    <Button
      size="small"
      onClick={onClick}
      isLoading={confirm.isPending}
      data-testid="remittance-confirm"
    >
      {t("remittance.confirm.action")}
    </Button>
  )
}

/** 手工匹配: a reference typed by a person, checked as on arrival; a refusal leaves the credit as it was. */
export const MatchRemittanceForm = ({ credit }: { credit: AdminRemittance }) => {
  const t = useT()
  const notify = useNotify()
  const [reference, setReference] = useState("")
  const [error, setError] = useState<string>()
  const match = useMatchRemittance(credit.id, {
    onSuccess: ({ remittance }) => {
      setReference("")
      notify.success("remittance.match.done", {
        status: t(`remittance.status.${remittance.status}`),
      })
    },
    onError: (e) => notify.refused(e, "remittance.failed"),
  })
  if (!MATCHABLE.includes(credit.status)) return null
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!reference.trim()) return setError(t("remittance.match.required"))
    setError(undefined)
    match.mutate({ reference: reference.trim() })
  }
  return (
    <DetailSection title={t("remittance.match.title")} testId="remittance-match">
      <form
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-2 px-4 py-4 sm:px-6"
        data-testid="remittance-match-form"
      >
        <Field
          id="remittance-match-reference"
          label={t("remittance.match.reference")}
          hint={t("remittance.match.description")}
          error={error}
        >
          <Input
            id="remittance-match-reference"
            data-testid="remittance-match-reference"
            value={reference}
            autoComplete="off"
            onChange={(event) => setReference(event.target.value)}
          />
        </Field>
        <div className="flex justify-end">
          <Button
            type="submit"
            size="small"
            isLoading={match.isPending}
            data-testid="remittance-match-submit"
          >
            {t("remittance.match.submit")}
          </Button>
        </div>
      </form>
    </DetailSection>
  )
}
