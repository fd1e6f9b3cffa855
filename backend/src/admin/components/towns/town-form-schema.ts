/** The town form: its raw values, their rules (shared/provenance.ts), and the request body they make. */
import { z } from "zod"
import { HANDLE_PATTERN } from "../../../shared/provenance"
import type { AdminTown, AdminTownBody } from "../../../types/http"
import type { TranslateFn } from "../../i18n/use-t"
import {
  isBlankOrNonNegativeInt,
  parseNonNegativeInt,
  splitList,
  textOrNull,
} from "../../lib/forms"

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
export const townToForm = (town: AdminTown, separator: string): TownFormValues => ({
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

/** A required text field, with the field's name in the message. */
export const requiredText = (t: TranslateFn, field: Parameters<TranslateFn>[0]) =>
  z.string().refine((value) => !!value.trim(), t("validation.required", { field: t(field) }))

/** The form's rules in Chinese; the handle is fixed once a town exists. */
export const townFormSchema = (t: TranslateFn, mode: TownFormMode) =>
  z.object({
    handle:
      mode === "create"
        ? requiredText(t, "town.fields.handle").refine(
            (value) => !value.trim() || HANDLE_PATTERN.test(value.trim()),
            t("validation.handle")
          )
        : z.string(),
    name: requiredText(t, "town.fields.name"),
    name_pinyin: requiredText(t, "town.fields.namePinyin"),
    district: z.string(),
    summary: z.string(),
    description: z.string(),
    specialties: z.string(),
    rank: z.string().refine(isBlankOrNonNegativeInt, t("validation.nonNegativeInt")),
    villages: z.string(),
  }) satisfies z.ZodType<TownFormValues>

const commonBody = (values: TownFormValues) => {
  const villages = splitList(values.villages)
  const rank = parseNonNegativeInt(values.rank)
  const district = values.district.trim()
  return {
    name: values.name.trim(),
    name_pinyin: values.name_pinyin.trim(),
    ...(district ? { district } : {}),
    ...(rank !== null ? { rank } : {}),
    ...(villages.length ? { villages } : {}),
  }
}

/** Request body of POST /admin/towns: blank optional fields are left out. */
export const townFormToCreateBody = (values: TownFormValues): AdminTownBody => {
  const specialties = splitList(values.specialties)
  return {
    handle: values.handle.trim(),
    ...commonBody(values),
    ...(textOrNull(values.summary) ? { summary: values.summary.trim() } : {}),
    ...(textOrNull(values.description) ? { description: values.description.trim() } : {}),
    ...(specialties.length ? { specialties } : {}),
  }
}

/** Request body of POST /admin/towns/:id: blank text clears a field; villages are only added. */
export const townFormToUpdateBody = (values: TownFormValues): Partial<AdminTownBody> => {
  const specialties = splitList(values.specialties)
  return {
    ...commonBody(values),
    summary: textOrNull(values.summary),
    description: textOrNull(values.description),
    specialties: specialties.length ? specialties : null,
  }
}
