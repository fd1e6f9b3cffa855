import { zodResolver } from "@hookform/resolvers/zod"
import { useMemo, useState } from "react"
import { type UseFormReturn, useForm } from "react-hook-form"
import { useT } from "../../i18n/use-t"
import { FormInput } from "../form-input"
import { type TownFormMode, type TownFormValues, townFormSchema } from "./town-form-schema"

/** A town form's state: values, Chinese errors of the shared rules, cleared as fields are fixed. */
export const useTownForm = (mode: TownFormMode, defaults: () => TownFormValues) => {
  const t = useT()
  const schema = useMemo(() => townFormSchema(t, mode), [t, mode])
  const [defaultValues] = useState(defaults)
  return useForm<TownFormValues>({ resolver: zodResolver(schema), defaultValues })
}

/** The town's texts, each a wide textarea. */
const LONG_TEXT = [
  { name: "summary", rows: 2, maxLength: 500 },
  { name: "description", rows: 5, maxLength: 10000 },
] as const

type TownFormFieldsProps = {
  form: UseFormReturn<TownFormValues>
  mode: TownFormMode
  disabled?: boolean
}

/** Inputs of the town form: one column on phones, two from the `sm` breakpoint. */
export const TownFormFields = ({ form, mode, disabled }: TownFormFieldsProps) => {
  const t = useT()
  const field = { form, prefix: "town", disabled }
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <FormInput
        {...field}
        name="handle"
        label={t("town.fields.handle")}
        hint={t("town.fields.handleHint")}
        required={mode === "create"}
        disabled={disabled || mode === "edit"}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={80}
      />
      <FormInput {...field} name="name" label={t("town.fields.name")} required maxLength={40} />
      <FormInput
        {...field}
        name="name_pinyin"
        label={t("town.fields.namePinyin")}
        required
        maxLength={80}
        autoCapitalize="none"
      />
      <FormInput
        {...field}
        name="district"
        label={t("town.fields.district")}
        maxLength={40}
        placeholder={t("town.fields.districtPlaceholder")}
      />
      <FormInput
        {...field}
        name="rank"
        label={t("town.fields.rank")}
        hint={t("town.fields.rankHint")}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
      />
      <FormInput
        {...field}
        name="specialties"
        label={t("town.fields.specialties")}
        hint={t("town.fields.specialtiesHint")}
      />
      {LONG_TEXT.map(({ name, rows, maxLength }) => (
        <FormInput
          key={name}
          {...field}
          name={name}
          label={t(`town.fields.${name}`)}
          className="sm:col-span-2"
          rows={rows}
          maxLength={maxLength}
        />
      ))}
      <FormInput
        {...field}
        name="villages"
        label={mode === "create" ? t("town.fields.villages") : t("town.fields.addVillages")}
        hint={mode === "create" ? t("town.fields.villagesHint") : t("town.fields.addVillagesHint")}
        className="sm:col-span-2"
        rows={2}
      />
    </div>
  )
}
