import { Plus, Trash } from "@medusajs/icons"
import { Button, Label, Text } from "@medusajs/ui"
import { type UseFormReturn, useFieldArray } from "react-hook-form"
import { useT } from "../../i18n/use-t"
import { FormInput } from "../form-input"
import { type PartnerFormValues, emptyCertificate } from "./partner-form-schema"

type CertificatesEditorProps = {
  form: UseFormReturn<PartnerFormValues>
  disabled?: boolean
}

/** Add / remove / edit rows of name, number, issuer and valid-until date. */
export const CertificatesEditor = ({ form, disabled }: CertificatesEditorProps) => {
  const t = useT()
  const rows = useFieldArray({ control: form.control, name: "certificates" })

  return (
    <div className="flex flex-col gap-y-3" data-testid="certificates-editor">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Label size="small" weight="plus">
          {t("partner.certificates.title")}
        </Label>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={disabled}
          onClick={() => rows.append(emptyCertificate())}
          data-testid="certificate-add"
        >
          <Plus />
          {t("partner.certificates.add")}
        </Button>
      </div>
      {rows.fields.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("partner.certificates.empty")}
        </Text>
      ) : null}
      {rows.fields.map((row, index) => {
        const label = t("partner.certificates.rowLabel", { index: index + 1 })
        const field = { form, prefix: `certificate-${index}`, disabled }
        return (
          <fieldset
            key={row.id}
            className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-3"
            data-testid="certificate-row"
            aria-label={label}
          >
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Button
                type="button"
                size="small"
                variant="transparent"
                disabled={disabled}
                onClick={() => rows.remove(index)}
                data-testid="certificate-remove"
              >
                <Trash />
                {t("partner.certificates.remove")}
              </Button>
            </div>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <FormInput
                {...field}
                name={`certificates.${index}.name`}
                testId="certificate-name"
                label={t("partner.certificates.name")}
                required
              />
              <FormInput
                {...field}
                name={`certificates.${index}.number`}
                testId="certificate-number"
                label={t("partner.certificates.number")}
              />
              <FormInput
                {...field}
                name={`certificates.${index}.issuer`}
                testId="certificate-issuer"
                label={t("partner.certificates.issuer")}
              />
              <FormInput
                {...field}
                name={`certificates.${index}.valid_until`}
                testId="certificate-valid-until"
                label={t("partner.certificates.validUntil")}
                type="date"
              />
            </div>
          </fieldset>
        )
      })}
    </div>
  )
}
