import { zodResolver } from "@hookform/resolvers/zod"
import { Label, Select, Switch } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, type UseFormReturn, useForm, useWatch } from "react-hook-form"
import { PARTNER_KINDS } from "../../../types/http"
import { useTowns } from "../../hooks/api/towns"
import { useT } from "../../i18n/use-t"
import { MAX_PAGE_SIZE } from "../../lib/client"
import { FormInput } from "../form-input"
import { FormSelect } from "../form-select"
import { CertificatesEditor } from "./certificates-editor"
import { type PartnerFormValues, partnerFormSchema } from "./partner-form-schema"

/** A partner form's state: values, Chinese errors of the shared rules, cleared as fields are fixed. */
export const usePartnerForm = (defaults: () => PartnerFormValues) => {
  const t = useT()
  const schema = useMemo(() => partnerFormSchema(t), [t])
  const [defaultValues] = useState(defaults)
  return useForm<PartnerFormValues>({ resolver: zodResolver(schema), defaultValues })
}

const NO_VILLAGE = "__none__"

/** The partner's texts, wide: a line for its main products, textareas for summary and story. */
const LONG_TEXT = [
  { name: "main_products", label: "partner.fields.mainProducts", rows: 0, maxLength: 500 },
  { name: "summary", label: "partner.fields.summary", rows: 2, maxLength: 500 },
  { name: "story", label: "partner.fields.story", rows: 6, maxLength: 20000 },
] as const

type PartnerFormFieldsProps = {
  form: UseFormReturn<PartnerFormValues>
  disabled?: boolean
  /** Show the 启用 switch (the detail page has its own toggle). */
  showActive?: boolean
}

/** The partner's town and, within it, its village; another town clears the village. */
const PlaceFields = ({ form, disabled }: PartnerFormFieldsProps) => {
  const t = useT()
  const towns = useTowns({ limit: MAX_PAGE_SIZE })
  const townId = useWatch({ control: form.control, name: "town_id" })
  const villages = towns.data?.towns.find((town) => town.id === townId)?.villages ?? []
  return (
    <>
      <FormSelect
        form={form}
        name="town_id"
        id="partner-town"
        testId="partner-town-select"
        label={t("partner.fields.town")}
        placeholder={towns.isLoading ? t("common.loading") : t("partner.fields.townPlaceholder")}
        required
        disabled={disabled || towns.isLoading}
        onChanged={(next) => {
          if (next !== townId) form.setValue("village_id", "")
        }}
      >
        {(towns.data?.towns ?? []).map((town) => (
          <Select.Item key={town.id} value={town.id}>
            {town.name}
          </Select.Item>
        ))}
      </FormSelect>
      <FormSelect
        form={form}
        name="village_id"
        id="partner-village"
        testId="partner-village-select"
        label={t("partner.fields.village")}
        placeholder={
          townId ? t("partner.fields.villagePlaceholder") : t("partner.fields.villageNeedsTown")
        }
        emptyValue={NO_VILLAGE}
        disabled={disabled || !townId}
      >
        <Select.Item value={NO_VILLAGE}>{t("partner.fields.noVillage")}</Select.Item>
        {villages.map((village) => (
          <Select.Item key={village.id} value={village.id}>
            {village.name}
          </Select.Item>
        ))}
      </FormSelect>
    </>
  )
}

/** Inputs of the partner form: one column on phones, two from the `sm` breakpoint. */
export const PartnerFormFields = ({
  form,
  disabled,
  showActive = true,
}: PartnerFormFieldsProps) => {
  const t = useT()
  const field = { form, prefix: "partner", disabled }
  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormInput
          {...field}
          name="handle"
          label={t("partner.fields.handle")}
          hint={t("partner.fields.handleHint")}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={80}
        />
        <FormInput
          {...field}
          name="name"
          label={t("partner.fields.name")}
          required
          maxLength={80}
        />
        <FormSelect
          form={form}
          name="kind"
          id="partner-kind"
          testId="partner-kind-select"
          label={t("partner.fields.kind")}
          placeholder={t("partner.fields.kindPlaceholder")}
          required
          disabled={disabled}
        >
          {PARTNER_KINDS.map((kind) => (
            <Select.Item key={kind} value={kind}>
              {t(`partnerKind.${kind}`)}
            </Select.Item>
          ))}
        </FormSelect>
        <FormInput
          {...field}
          name="households_involved"
          label={t("partner.fields.households")}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
        />
        <PlaceFields form={form} disabled={disabled} />
        <FormInput
          {...field}
          name="address"
          label={t("partner.fields.address")}
          className="sm:col-span-2"
          maxLength={200}
        />
        <FormInput
          {...field}
          name="contact_name"
          label={t("partner.fields.contactName")}
          maxLength={40}
          autoComplete="off"
        />
        <FormInput
          {...field}
          name="contact_phone"
          label={t("partner.fields.contactPhone")}
          hint={t("partner.fields.contactPhoneHint")}
          type="tel"
          inputMode="tel"
          maxLength={20}
          autoComplete="off"
        />
        {LONG_TEXT.map(({ name, label, rows, maxLength }) => (
          <FormInput
            key={name}
            {...field}
            name={name}
            label={t(label)}
            className="sm:col-span-2"
            rows={rows}
            maxLength={maxLength}
          />
        ))}
        {showActive ? (
          <div className="flex items-center gap-x-3 sm:col-span-2">
            <Controller
              control={form.control}
              name="is_active"
              render={({ field: active }) => (
                <Switch
                  id="partner-is-active"
                  data-testid="partner-is-active"
                  checked={active.value}
                  disabled={disabled}
                  onCheckedChange={active.onChange}
                />
              )}
            />
            <Label htmlFor="partner-is-active" size="small">
              {t("partner.fields.isActive")}
            </Label>
          </div>
        ) : null}
      </div>
      <CertificatesEditor form={form} disabled={disabled} />
    </div>
  )
}
