import { Plus, Trash } from "@medusajs/icons"
import { Button, Input, Label, Text } from "@medusajs/ui"
import { useT } from "../i18n/use-t"
import { Field } from "./field"

/** One editable certificate row; `key` only identifies the row in React. */
export type CertificateRow = {
  key: string
  name: string
  number: string
  issuer: string
  valid_until: string
}

export type CertificateRowErrors = Partial<Record<"name" | "valid_until", string>>

let rowCounter = 0

export const newCertificateRow = (
  values: Partial<Omit<CertificateRow, "key">> = {}
): CertificateRow => {
  rowCounter += 1
  return {
    key: `certificate-row-${rowCounter}`,
    name: values.name ?? "",
    number: values.number ?? "",
    issuer: values.issuer ?? "",
    valid_until: values.valid_until ?? "",
  }
}

type CertificatesEditorProps = {
  rows: CertificateRow[]
  errors: CertificateRowErrors[]
  onChange: (rows: CertificateRow[]) => void
  disabled?: boolean
}

/** Add / remove / edit rows of name, number, issuer and valid-until date. */
export const CertificatesEditor = ({
  rows,
  errors,
  onChange,
  disabled,
}: CertificatesEditorProps) => {
  const t = useT()

  const update = (index: number, patch: Partial<CertificateRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

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
          onClick={() => onChange([...rows, newCertificateRow()])}
          data-testid="certificate-add"
        >
          <Plus />
          {t("partner.certificates.add")}
        </Button>
      </div>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("partner.certificates.empty")}
        </Text>
      ) : null}
      {rows.map((row, index) => {
        const rowErrors = errors[index] ?? {}
        const id = (field: string) => `certificate-${index}-${field}`
        return (
          <fieldset
            key={row.key}
            className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-3"
            data-testid="certificate-row"
            aria-label={t("partner.certificates.rowLabel", { index: index + 1 })}
          >
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                {t("partner.certificates.rowLabel", { index: index + 1 })}
              </Text>
              <Button
                type="button"
                size="small"
                variant="transparent"
                disabled={disabled}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                data-testid="certificate-remove"
              >
                <Trash />
                {t("partner.certificates.remove")}
              </Button>
            </div>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <Field
                id={id("name")}
                label={t("partner.certificates.name")}
                error={rowErrors.name}
                required
              >
                <Input
                  id={id("name")}
                  data-testid="certificate-name"
                  value={row.name}
                  disabled={disabled}
                  onChange={(e) => update(index, { name: e.target.value })}
                />
              </Field>
              <Field id={id("number")} label={t("partner.certificates.number")}>
                <Input
                  id={id("number")}
                  data-testid="certificate-number"
                  value={row.number}
                  disabled={disabled}
                  onChange={(e) => update(index, { number: e.target.value })}
                />
              </Field>
              <Field id={id("issuer")} label={t("partner.certificates.issuer")}>
                <Input
                  id={id("issuer")}
                  data-testid="certificate-issuer"
                  value={row.issuer}
                  disabled={disabled}
                  onChange={(e) => update(index, { issuer: e.target.value })}
                />
              </Field>
              <Field
                id={id("valid-until")}
                label={t("partner.certificates.validUntil")}
                error={rowErrors.valid_until}
              >
                <Input
                  id={id("valid-until")}
                  data-testid="certificate-valid-until"
                  type="date"
                  value={row.valid_until}
                  disabled={disabled}
                  onChange={(e) => update(index, { valid_until: e.target.value })}
                />
              </Field>
            </div>
          </fieldset>
        )
      })}
    </div>
  )
}
