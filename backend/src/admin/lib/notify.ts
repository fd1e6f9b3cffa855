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
      /** A server refusal, its message in Chinese only (the English gloss in brackets left out). */
      refused: (error: unknown, key: MessageKey = "common.requestFailed") => {
        toast.error(t(key), {
          description: chineseMessage(errorMessage(error)) ?? t("common.unknownError"),
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

/**
 * The Chinese half of a bilingual server message: "单位至少需要一名管理员 (the unit's last
 * admin …)" → "单位至少需要一名管理员", "Remittance … (状态为 … 的汇款不能执行此操作)" → the
 * bracketed part; other messages as they are.
 */
export const chineseMessage = (message: string | undefined): string | undefined => {
  const head = message?.match(/^([^()]*[\u4e00-\u9fff][^()]*?)\s*\([^()]*[A-Za-z][^()]*\)\s*$/)
  if (head) return head[1]
  const tail = message?.match(/^[^\u4e00-\u9fff]*\(([^()]*[\u4e00-\u9fff][^()]*)\)\s*$/)
  return tail ? tail[1] : message
}
