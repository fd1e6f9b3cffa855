import { toast } from "@medusajs/ui"
import { useMemo } from "react"
import { type MessageKey, useT } from "../i18n/use-t"

/** Toasts with translated titles; failures show the server's message as description. */
export const useNotify = () => {
  const t = useT()
  return useMemo(
    () => ({
      success: (key: MessageKey, values?: Record<string, string | number>) => {
        toast.success(t(key, values))
      },
      error: (error: unknown, key: MessageKey = "common.requestFailed") => {
        toast.error(t(key), {
          description: errorMessage(error) ?? t("common.unknownError"),
        })
      },
      invalid: () => {
        toast.error(t("common.fixErrors"))
      },
    }),
    [t]
  )
}

/** The server's message of a failed request (FetchError carries the JSON `message`). */
export const errorMessage = (error: unknown): string | undefined => {
  if (error instanceof Error && error.message) {
    return error.message
  }
  if (typeof error === "string" && error) {
    return error
  }
  return undefined
}
