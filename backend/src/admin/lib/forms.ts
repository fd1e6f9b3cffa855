/** Small helpers shared by the admin forms (the field rules are the API's: backend/src/shared). */
import { zodResolver } from "@hookform/resolvers/zod"
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form"
import type { z } from "zod"
import { useNotify } from "./notify"

/** Splits "金柚、茶叶, 梅菜" into ["金柚", "茶叶", "梅菜"] (commas, 、, semicolons or new lines). */
export const splitList = (value: string): string[] =>
  Array.from(
    new Set(
      value
        .split(/[,，、;；\n]+/)
        .map((part) => part.trim())
        .filter(Boolean)
    )
  )

/** Trimmed text, or null when blank (lets an edit clear a nullable field). */
export const textOrNull = (value: string): string | null => {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}

/** Parses a whole number ≥ 0; returns null for anything else. */
export const parseNonNegativeInt = (value: string): number | null => {
  const trimmed = value.trim()
  if (!/^\d+$/.test(trimmed)) {
    return null
  }
  const parsed = Number(trimmed)
  return Number.isSafeInteger(parsed) ? parsed : null
}

/** Blank, or a whole number ≥ 0. */
export const isBlankOrNonNegativeInt = (value: string) =>
  !value.trim() || parseNonNegativeInt(value) !== null

/** A form's submit handler: valid values go to `onValid`, invalid ones raise the "fix the errors" toast. */
export const useFormSubmit = <T extends FieldValues, TOutput = T>(
  form: UseFormReturn<T, unknown, TOutput>,
  onValid: (values: TOutput) => void
) => {
  const notify = useNotify()
  return form.handleSubmit(onValid, () => notify.invalid())
}

/**
 * A react-hook-form form checked by a zod schema. With `mode: "onChange"`
 * `formState.isValid` follows every keystroke (small forms whose button is
 * enabled only when the values are valid).
 */
export const useZodForm = <TInput extends FieldValues, TOutput extends FieldValues = TInput>(
  schema: z.ZodType<TOutput, TInput>,
  defaultValues: DefaultValues<TInput>,
  mode: "onSubmit" | "onChange" = "onSubmit"
) => useForm<TInput, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues, mode })
