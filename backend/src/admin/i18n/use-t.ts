import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { I18N_NAMESPACE } from "./index"
import type { Messages } from "./zh-CN"

/** Dot-separated paths of every message in the message file, e.g. "town.fields.name". */
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Messages>

export type TranslateFn = (key: MessageKey, values?: Record<string, string | number>) => string

/** `t` of the admin extensions' namespace, restricted to keys that exist in the message file. */
export const useT = (): TranslateFn => {
  const { t } = useTranslation(I18N_NAMESPACE)
  return useCallback<TranslateFn>((key, values) => String(t(key, values ?? {})), [t])
}
