import { zodResolver } from "@hookform/resolvers/zod"
import { Select } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { type UseFormReturn, useForm } from "react-hook-form"
import { UNIT_INVOICE_TYPES, UNIT_KINDS } from "../../../types/http/unit"
import { useT } from "../../i18n/use-t"
import { FormInput } from "../form-input"
import { FormSelect } from "../form-select"
import { type UnitFormValues, unitFormSchema } from "./unit-form-schema"

/** A unit form's state: values and the Chinese errors of the shared rules. */
export const useUnitForm = (defaults: () => UnitFormValues) => {
  const t = useT()
  const schema = useMemo(() => unitFormSchema(t), [t])
  const [defaultValues] = useState(defaults)
  return useForm<UnitFormValues>({ resolver: zodResolver(schema), defaultValues })
}

/** The 专票's extra fields. */
const SPECIAL_FIELDS = [
  { name: "registered_address", label: "unit.fields.registeredAddress", max: 200 },
  { name: "registered_phone", label: "unit.fields.registeredPhone", max: 20 },
  { name: "bank_name", label: "unit.fields.bankName", max: 100 },
  { name: "bank_account", label: "unit.fields.bankAccount", max: 40 },
] as const

const CONTACT_FIELDS = [
  { name: "contact_name", label: "unit.fields.contactName", max: 40 },
  { name: "contact_mobile", label: "unit.fields.contactMobile", max: 20 },
  { name: "contact_title", label: "unit.fields.contactTitle", max: 40 },
  { name: "contact_email", label: "unit.fields.contactEmail", max: 254 },
] as const

type UnitFormFieldsProps = { form: UseFormReturn<UnitFormValues>; disabled?: boolean }

/** The unit's details, invoice (普票/专票) and first contact: one column on phones, two from `sm`. */
export const UnitFormFields = ({ form, disabled }: UnitFormFieldsProps) => {
  const t = useT()
  const field = { form, prefix: "unit", disabled }
  const special = form.watch("invoice_type") === "special"
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <FormInput {...field} name="name" label={t("unit.fields.name")} required maxLength={80} />
      <FormSelect
        form={form}
        name="kind"
        id="unit-kind"
        testId="unit-kind"
        label={t("unit.fields.kind")}
        placeholder={t("unit.fields.kindPlaceholder")}
        required
        disabled={disabled}
      >
        {UNIT_KINDS.map((kind) => (
          <Select.Item key={kind} value={kind}>
            {t(`unit.kind.${kind}`)}
          </Select.Item>
        ))}
      </FormSelect>
      <FormInput
        {...field}
        name="credit_code"
        label={t("unit.fields.creditCode")}
        hint={t("unit.fields.creditCodeHint")}
        required
        maxLength={40}
        autoComplete="off"
        spellCheck={false}
      />
      <FormInput
        {...field}
        name="headcount"
        label={t("unit.fields.headcount")}
        inputMode="numeric"
      />
      <FormSelect
        form={form}
        name="invoice_type"
        id="unit-invoice-type"
        testId="unit-invoice-type"
        label={t("unit.fields.invoiceType")}
        placeholder={t("unit.fields.invoiceType")}
        disabled={disabled}
      >
        {UNIT_INVOICE_TYPES.map((type) => (
          <Select.Item key={type} value={type}>
            {t(`unit.invoiceType.${type}`)}
          </Select.Item>
        ))}
      </FormSelect>
      <FormInput
        {...field}
        name="invoice_title"
        label={t("unit.fields.invoiceTitle")}
        hint={t("unit.fields.invoiceTitleHint")}
        maxLength={100}
      />
      <FormInput
        {...field}
        name="tax_id"
        label={t("unit.fields.taxId")}
        hint={t("unit.fields.taxIdHint")}
        maxLength={40}
      />
      {SPECIAL_FIELDS.map(({ name, label, max }) => (
        <FormInput
          key={name}
          {...field}
          name={name}
          label={t(label)}
          required={special}
          maxLength={max}
        />
      ))}
      {CONTACT_FIELDS.map(({ name, label, max }) => (
        <FormInput key={name} {...field} name={name} label={t(label)} maxLength={max} />
      ))}
    </div>
  )
}
