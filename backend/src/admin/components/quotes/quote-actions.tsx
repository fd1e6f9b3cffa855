import { Button } from "@medusajs/ui"
import type { AdminQuote } from "../../../types/http/quote"
import { useQuoteAction } from "../../hooks/api/quotes"
import { useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"

/** 发送报价 (待报价, every line priced: the server checks) and 取消询价 (while open). */
export const QuoteActions = ({ quote }: { quote: AdminQuote }) => {
  const t = useT()
  const notify = useNotify()
  const send = useQuoteAction(quote.id, "send", {
    onSuccess: () => notify.success("quote.send.done"),
    onError: (error) => notify.refused(error, "quote.failed"),
  })
  const cancel = useQuoteAction(quote.id, "cancel", {
    onSuccess: () => notify.success("quote.cancel.done"),
    onError: (error) => notify.refused(error, "quote.failed"),
  })
  const open =
    quote.status === "requested" || quote.status === "quoted" || quote.status === "expired"
  if (!open) return null
  return (
    <div className="flex gap-x-2">
      {quote.status === "requested" && (
        <Button
          size="small"
          isLoading={send.isPending}
          onClick={() => send.mutate()}
          data-testid="quote-send"
        >
          {t("quote.send.action")}
        </Button>
      )}
      <Button
        size="small"
        variant="danger"
        isLoading={cancel.isPending}
        onClick={() => {
          if (window.confirm(`${t("quote.cancel.action")}？`)) cancel.mutate()
        }}
        data-testid="quote-cancel"
      >
        {t("quote.cancel.action")}
      </Button>
    </div>
  )
}
