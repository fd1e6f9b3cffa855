import { Input, Textarea } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import type { TranslateFn } from "../i18n/use-t"
import { useT } from "../i18n/use-t"
import { HANDLE_PATTERN, parseNonNegativeInt, splitList, textOrNull } from "../lib/forms"
import type { Town, TownBody } from "../lib/types"
import { useNotify } from "../lib/notify"
import { Field } from "./field"

export type TownFormMode = "create" | "edit"

/** Raw input values of the town form (lists and numbers are typed as text). */
export type TownFormValues = {
  handle: string
  name: string
  name_pinyin: string
  district: string
  summary: string
  description: string
  specialties: string
  rank: string
  /** Create: all villages. Edit: villages to add. */
  villages: string
}

export type TownFormErrors = Partial<Record<keyof TownFormValues, string>>

export const emptyTownForm = (): TownFormValues => ({
  handle: "",
  name: "",
  name_pinyin: "",
  district: "",
  summary: "",
  description: "",
  specialties: "",
  rank: "0",
  villages: "",
})

/** Form values of an existing town; the village field starts empty (it only adds). */
export const townToForm = (town: Town, separator: string): TownFormValues => ({
  handle: town.handle,
  name: town.name,
  name_pinyin: town.name_pinyin,
  district: town.district ?? "",
  summary: town.summary ?? "",
  description: town.description ?? "",
  specialties: (town.specialties ?? []).join(separator),
  rank: String(town.rank ?? 0),
  villages: "",
})

export const validateTownForm = (
  values: TownFormValues,
  mode: TownFormMode,
  t: TranslateFn
): TownFormErrors => {
  const errors: TownFormErrors = {}
  if (mode === "create") {
    if (!values.handle.trim()) {
      errors.handle = t("validation.required", { field: t("town.fields.handle") })
    } else if (!HANDLE_PATTERN.test(values.handle.trim())) {
      errors.handle = t("validation.handle")
    }
  }
  if (!values.name.trim()) {
    errors.name = t("validation.required", { field: t("town.fields.name") })
  }
  if (!values.name_pinyin.trim()) {
    errors.name_pinyin = t("validation.required", { field: t("town.fields.namePinyin") })
  }
  if (values.rank.trim() && parseNonNegativeInt(values.rank) === null) {
    errors.rank = t("validation.nonNegativeInt")
  }
  return errors
}

/** Request body for POST /admin/towns (create) or POST /admin/towns/:id (edit). */
export const townFormToBody = (values: TownFormValues, mode: TownFormMode): TownBody => {
  const specialties = splitList(values.specialties)
  const villages = splitList(values.villages)
  const rank = parseNonNegativeInt(values.rank)
  const district = values.district.trim()
  if (mode === "create") {
    return {
      handle: values.handle.trim(),
      name: values.name.trim(),
      name_pinyin: values.name_pinyin.trim(),
      ...(district ? { district } : {}),
      ...(textOrNull(values.summary) ? { summary: values.summary.trim() } : {}),
      ...(textOrNull(values.description) ? { description: values.description.trim() } : {}),
      ...(specialties.length ? { specialties } : {}),
      ...(rank !== null ? { rank } : {}),
      ...(villages.length ? { villages } : {}),
    }
  }
  return {
    name: values.name.trim(),
    name_pinyin: values.name_pinyin.trim(),
    ...(district ? { district } : {}),
    summary: textOrNull(values.summary),
    description: textOrNull(values.description),
    specialties: specialties.length ? specialties : null,
    ...(rank !== null ? { rank } : {}),
    ...(villages.length ? { villages } : {}),
  }
}

type TownFormFieldsProps = {
  mode: TownFormMode
  values: TownFormValues
  errors: TownFormErrors
  onChange: (patch: Partial<TownFormValues>) => void
  disabled?: boolean
}

/** Inputs of the town form: one column on phones, two from the `sm` breakpoint. */
export const TownFormFields = ({
  mode,
  values,
  errors,
  onChange,
  disabled,
}: TownFormFieldsProps) => {
  const t = useT()
  const text = (key: keyof TownFormValues) => ({
    id: `town-${key.replace(/_/g, "-")}`,
    "data-testid": `town-${key.replace(/_/g, "-")}`,
    value: values[key],
    disabled,
    "aria-invalid": errors[key] ? true : undefined,
    onChange: (event: { target: { value: string } }) =>
      onChange({ [key]: event.target.value } as Partial<TownFormValues>),
  })

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field
        id="town-handle"
        label={t("town.fields.handle")}
        hint={t("town.fields.handleHint")}
        error={errors.handle}
        required={mode === "create"}
      >
        <Input
          {...text("handle")}
          disabled={disabled || mode === "edit"}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={80}
        />
      </Field>
      <Field id="town-name" label={t("town.fields.name")} error={errors.name} required>
        <Input {...text("name")} maxLength={40} />
      </Field>
      <Field
        id="town-name-pinyin"
        label={t("town.fields.namePinyin")}
        error={errors.name_pinyin}
        required
      >
        <Input {...text("name_pinyin")} maxLength={80} autoCapitalize="none" />
      </Field>
      <Field id="town-district" label={t("town.fields.district")} error={errors.district}>
        <Input
          {...text("district")}
          maxLength={40}
          placeholder={t("town.fields.districtPlaceholder")}
        />
      </Field>
      <Field
        id="town-rank"
        label={t("town.fields.rank")}
        hint={t("town.fields.rankHint")}
        error={errors.rank}
      >
        <Input {...text("rank")} type="number" inputMode="numeric" min={0} step={1} />
      </Field>
      <Field
        id="town-specialties"
        label={t("town.fields.specialties")}
        hint={t("town.fields.specialtiesHint")}
        error={errors.specialties}
      >
        <Input {...text("specialties")} />
      </Field>
      <Field
        id="town-summary"
        label={t("town.fields.summary")}
        error={errors.summary}
        className="sm:col-span-2"
      >
        <Textarea {...text("summary")} rows={2} maxLength={500} />
      </Field>
      <Field
        id="town-description"
        label={t("town.fields.description")}
        error={errors.description}
        className="sm:col-span-2"
      >
        <Textarea {...text("description")} rows={5} maxLength={10000} />
      </Field>
      <Field
        id="town-villages"
        label={mode === "create" ? t("town.fields.villages") : t("town.fields.addVillages")}
        hint={mode === "create" ? t("town.fields.villagesHint") : t("town.fields.addVillagesHint")}
        error={errors.villages}
        className="sm:col-span-2"
      >
        <Textarea {...text("villages")} rows={2} />
      </Field>
    </div>
  )
}

/**
 * State of a town form: values, per-field errors (cleared as the user edits a
 * field), and a submit handler that validates before calling `submit`.
 */
export const useTownForm = (
  initial: () => TownFormValues,
  mode: TownFormMode,
  submit: (body: TownBody) => void
) => {
  const t = useT()
  const notify = useNotify()
  const [values, setValues] = useState<TownFormValues>(initial)
  const [errors, setErrors] = useState<TownFormErrors>({})

  const onChange = (patch: Partial<TownFormValues>) => {
    setValues((prev) => ({ ...prev, ...patch }))
    setErrors((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch)) delete next[key as keyof TownFormValues]
      return next
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateTownForm(values, mode, t)
    setErrors(found)
    if (Object.keys(found).length) {
      notify.invalid()
      return
    }
    submit(townFormToBody(values, mode))
  }

  const reset = (next: TownFormValues) => {
    setValues(next)
    setErrors({})
  }

  return { values, errors, onChange, onSubmit, reset }
}
