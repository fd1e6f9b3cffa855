import { Input, Label, Select, Switch, Textarea } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import type { TranslateFn } from "../i18n/use-t"
import { useT } from "../i18n/use-t"
import { MAX_PAGE_SIZE, provenanceApi, queryKeys } from "../lib/api"
import {
  DATE_PATTERN,
  HANDLE_PATTERN,
  PHONE_PATTERN,
  parseNonNegativeInt,
  textOrNull,
} from "../lib/forms"
import {
  type Certificate,
  PARTNER_KINDS,
  type Partner,
  type PartnerBody,
  type PartnerKind,
} from "../lib/types"
import {
  type CertificateRow,
  type CertificateRowErrors,
  CertificatesEditor,
  newCertificateRow,
} from "./certificates-editor"
import { useNotify } from "../lib/notify"
import { Field } from "./field"

export type PartnerFormMode = "create" | "edit"

/** Raw input values of the partner form. */
export type PartnerFormValues = {
  handle: string
  name: string
  kind: PartnerKind | ""
  town_id: string
  village_id: string
  address: string
  contact_name: string
  contact_phone: string
  households_involved: string
  summary: string
  story: string
  main_products: string
  is_active: boolean
  certificates: CertificateRow[]
}

type ScalarField = Exclude<keyof PartnerFormValues, "certificates" | "is_active">

export type PartnerFormErrors = {
  fields: Partial<Record<ScalarField, string>>
  certificates: CertificateRowErrors[]
}

export const noPartnerFormErrors = (): PartnerFormErrors => ({ fields: {}, certificates: [] })

export const hasPartnerFormErrors = (errors: PartnerFormErrors) =>
  Object.keys(errors.fields).length > 0 ||
  errors.certificates.some((row) => Object.keys(row).length > 0)

export const emptyPartnerForm = (): PartnerFormValues => ({
  handle: "",
  name: "",
  kind: "",
  town_id: "",
  village_id: "",
  address: "",
  contact_name: "",
  contact_phone: "",
  households_involved: "",
  summary: "",
  story: "",
  main_products: "",
  is_active: true,
  certificates: [],
})

export const partnerToForm = (partner: Partner): PartnerFormValues => ({
  handle: partner.handle,
  name: partner.name,
  kind: partner.kind,
  town_id: partner.town?.id ?? "",
  village_id: partner.village?.id ?? "",
  address: partner.address ?? "",
  contact_name: partner.contact_name ?? "",
  contact_phone: partner.contact_phone ?? "",
  households_involved: String(partner.households_involved ?? 0),
  summary: partner.summary ?? "",
  story: partner.story ?? "",
  main_products: partner.main_products ?? "",
  is_active: partner.is_active,
  certificates: (partner.certificates ?? []).map((c) => newCertificateRow(c)),
})

export const validatePartnerForm = (
  values: PartnerFormValues,
  t: TranslateFn
): PartnerFormErrors => {
  const fields: PartnerFormErrors["fields"] = {}
  const required = (field: ScalarField, label: Parameters<TranslateFn>[0]) => {
    if (!String(values[field]).trim()) {
      fields[field] = t("validation.required", { field: t(label) })
      return false
    }
    return true
  }
  if (required("handle", "partner.fields.handle") && !HANDLE_PATTERN.test(values.handle.trim())) {
    fields.handle = t("validation.handle")
  }
  required("name", "partner.fields.name")
  required("kind", "partner.fields.kind")
  required("town_id", "partner.fields.town")
  const phone = values.contact_phone.trim()
  if (phone && !PHONE_PATTERN.test(phone)) {
    fields.contact_phone = t("validation.phone")
  }
  if (
    values.households_involved.trim() &&
    parseNonNegativeInt(values.households_involved) === null
  ) {
    fields.households_involved = t("validation.nonNegativeInt")
  }
  const certificates = values.certificates.map((row) => {
    const rowErrors: CertificateRowErrors = {}
    if (!row.name.trim()) {
      rowErrors.name = t("validation.certificateName")
    }
    if (row.valid_until.trim() && !DATE_PATTERN.test(row.valid_until.trim())) {
      rowErrors.valid_until = t("validation.date")
    }
    return rowErrors
  })
  return { fields, certificates }
}

/** Certificates without empty optional parts (the API rejects empty strings). */
const toCertificates = (rows: CertificateRow[]): Certificate[] =>
  rows.map((row) => {
    const certificate: Certificate = { name: row.name.trim() }
    if (row.number.trim()) certificate.number = row.number.trim()
    if (row.issuer.trim()) certificate.issuer = row.issuer.trim()
    if (row.valid_until.trim()) certificate.valid_until = row.valid_until.trim()
    return certificate
  })

/** Request body for POST /admin/partners (create) or POST /admin/partners/:id (edit). */
export const partnerFormToBody = (
  values: PartnerFormValues,
  mode: PartnerFormMode
): PartnerBody => {
  const households = parseNonNegativeInt(values.households_involved)
  const certificates = toCertificates(values.certificates)
  const body: PartnerBody = {
    handle: values.handle.trim(),
    name: values.name.trim(),
    kind: values.kind as PartnerKind,
    town_id: values.town_id,
    is_active: values.is_active,
  }
  const optionalText = {
    address: values.address,
    contact_name: values.contact_name,
    contact_phone: values.contact_phone,
    summary: values.summary,
    story: values.story,
    main_products: values.main_products,
  }
  if (mode === "create") {
    for (const [key, value] of Object.entries(optionalText)) {
      const text = textOrNull(value)
      if (text !== null) {
        body[key as keyof typeof optionalText] = text
      }
    }
    if (values.village_id) body.village_id = values.village_id
    if (households !== null) body.households_involved = households
    if (certificates.length) body.certificates = certificates
    return body
  }
  for (const [key, value] of Object.entries(optionalText)) {
    body[key as keyof typeof optionalText] = textOrNull(value)
  }
  body.village_id = values.village_id || null
  body.households_involved = households ?? 0
  body.certificates = certificates.length ? certificates : null
  return body
}

const NO_VILLAGE = "__none__"

type PartnerFormFieldsProps = {
  values: PartnerFormValues
  errors: PartnerFormErrors
  onChange: (patch: Partial<PartnerFormValues>) => void
  disabled?: boolean
  /** Show the 启用 switch (the detail page has its own toggle). */
  showActive?: boolean
}

/** Inputs of the partner form: one column on phones, two from the `sm` breakpoint. */
export const PartnerFormFields = ({
  values,
  errors,
  onChange,
  disabled,
  showActive = true,
}: PartnerFormFieldsProps) => {
  const t = useT()
  const townsQuery = useQuery({
    queryKey: queryKeys.townList({ limit: MAX_PAGE_SIZE }),
    queryFn: () => provenanceApi.listTowns({ limit: MAX_PAGE_SIZE }),
  })
  const towns = townsQuery.data?.towns ?? []
  const villages = towns.find((town) => town.id === values.town_id)?.villages ?? []
  const fieldErrors = errors.fields

  const text = (key: ScalarField) => ({
    id: `partner-${key.replace(/_/g, "-")}`,
    "data-testid": `partner-${key.replace(/_/g, "-")}`,
    value: values[key],
    disabled,
    "aria-invalid": fieldErrors[key] ? true : undefined,
    onChange: (event: { target: { value: string } }) =>
      onChange({ [key]: event.target.value } as Partial<PartnerFormValues>),
  })

  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field
          id="partner-handle"
          label={t("partner.fields.handle")}
          hint={t("partner.fields.handleHint")}
          error={fieldErrors.handle}
          required
        >
          <Input
            {...text("handle")}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={80}
          />
        </Field>
        <Field id="partner-name" label={t("partner.fields.name")} error={fieldErrors.name} required>
          <Input {...text("name")} maxLength={80} />
        </Field>
        <Field id="partner-kind" label={t("partner.fields.kind")} error={fieldErrors.kind} required>
          <Select
            value={values.kind}
            onValueChange={(kind) => onChange({ kind: kind as PartnerKind })}
            disabled={disabled}
          >
            <Select.Trigger id="partner-kind" data-testid="partner-kind-select">
              <Select.Value placeholder={t("partner.fields.kindPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {PARTNER_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {t(`partnerKind.${kind}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field
          id="partner-households-involved"
          label={t("partner.fields.households")}
          error={fieldErrors.households_involved}
        >
          <Input
            {...text("households_involved")}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
          />
        </Field>
        <Field
          id="partner-town"
          label={t("partner.fields.town")}
          error={fieldErrors.town_id}
          required
        >
          <Select
            value={values.town_id}
            // A village belongs to one town: picking another town clears it.
            onValueChange={(townId) =>
              onChange({
                town_id: townId,
                ...(townId !== values.town_id ? { village_id: "" } : {}),
              })
            }
            disabled={disabled || townsQuery.isLoading}
          >
            <Select.Trigger id="partner-town" data-testid="partner-town-select">
              <Select.Value
                placeholder={
                  townsQuery.isLoading ? t("common.loading") : t("partner.fields.townPlaceholder")
                }
              />
            </Select.Trigger>
            <Select.Content>
              {towns.map((town) => (
                <Select.Item key={town.id} value={town.id}>
                  {town.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field
          id="partner-village"
          label={t("partner.fields.village")}
          error={fieldErrors.village_id}
        >
          <Select
            value={values.village_id || NO_VILLAGE}
            onValueChange={(villageId) =>
              onChange({ village_id: villageId === NO_VILLAGE ? "" : villageId })
            }
            disabled={disabled || !values.town_id}
          >
            <Select.Trigger id="partner-village" data-testid="partner-village-select">
              <Select.Value
                placeholder={
                  values.town_id
                    ? t("partner.fields.villagePlaceholder")
                    : t("partner.fields.villageNeedsTown")
                }
              />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_VILLAGE}>{t("partner.fields.noVillage")}</Select.Item>
              {villages.map((village) => (
                <Select.Item key={village.id} value={village.id}>
                  {village.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field
          id="partner-address"
          label={t("partner.fields.address")}
          error={fieldErrors.address}
          className="sm:col-span-2"
        >
          <Input {...text("address")} maxLength={200} />
        </Field>
        <Field
          id="partner-contact-name"
          label={t("partner.fields.contactName")}
          error={fieldErrors.contact_name}
        >
          <Input {...text("contact_name")} maxLength={40} autoComplete="off" />
        </Field>
        <Field
          id="partner-contact-phone"
          label={t("partner.fields.contactPhone")}
          hint={t("partner.fields.contactPhoneHint")}
          error={fieldErrors.contact_phone}
        >
          <Input
            {...text("contact_phone")}
            type="tel"
            inputMode="tel"
            maxLength={20}
            autoComplete="off"
          />
        </Field>
        <Field
          id="partner-main-products"
          label={t("partner.fields.mainProducts")}
          error={fieldErrors.main_products}
          className="sm:col-span-2"
        >
          <Input {...text("main_products")} maxLength={500} />
        </Field>
        <Field
          id="partner-summary"
          label={t("partner.fields.summary")}
          error={fieldErrors.summary}
          className="sm:col-span-2"
        >
          <Textarea {...text("summary")} rows={2} maxLength={500} />
        </Field>
        <Field
          id="partner-story"
          label={t("partner.fields.story")}
          error={fieldErrors.story}
          className="sm:col-span-2"
        >
          <Textarea {...text("story")} rows={6} maxLength={20000} />
        </Field>
        {showActive ? (
          <div className="flex items-center gap-x-3 sm:col-span-2">
            <Switch
              id="partner-is-active"
              data-testid="partner-is-active"
              checked={values.is_active}
              disabled={disabled}
              onCheckedChange={(checked) => onChange({ is_active: checked })}
            />
            <Label htmlFor="partner-is-active" size="small">
              {t("partner.fields.isActive")}
            </Label>
          </div>
        ) : null}
      </div>
      <CertificatesEditor
        rows={values.certificates}
        errors={errors.certificates}
        onChange={(certificates) => onChange({ certificates })}
        disabled={disabled}
      />
    </div>
  )
}

/**
 * State of a partner form: values, per-field errors (cleared as the user edits
 * a field), and a submit handler that validates before calling `submit`.
 */
export const usePartnerForm = (
  initial: () => PartnerFormValues,
  mode: PartnerFormMode,
  submit: (body: PartnerBody) => void
) => {
  const t = useT()
  const notify = useNotify()
  const [values, setValues] = useState<PartnerFormValues>(initial)
  const [errors, setErrors] = useState<PartnerFormErrors>(noPartnerFormErrors)

  const onChange = (patch: Partial<PartnerFormValues>) => {
    setValues((prev) => ({ ...prev, ...patch }))
    setErrors((prev) => {
      const fields = { ...prev.fields }
      for (const key of Object.keys(patch)) delete fields[key as keyof typeof fields]
      return { fields, certificates: "certificates" in patch ? [] : prev.certificates }
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validatePartnerForm(values, t)
    setErrors(found)
    if (hasPartnerFormErrors(found)) {
      notify.invalid()
      return
    }
    submit(partnerFormToBody(values, mode))
  }

  const reset = (next: PartnerFormValues) => {
    setValues(next)
    setErrors(noPartnerFormErrors())
  }

  return { values, errors, onChange, onSubmit, reset }
}
