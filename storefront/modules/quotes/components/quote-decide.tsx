"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { acceptQuoteAction, declineQuoteAction } from "@/lib/actions/quotes"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

/**
 * 接受报价 (one press: the button is disabled while it is sent, and the
 * server places the order once whatever happens) and 拒绝报价 with a reason.
 */
export function QuoteDecide({ messages, id }: { messages: MessageTree; id: string }) {
  const [accepted, accept, accepting] = useActionState(acceptQuoteAction, EMPTY_FORM)
  const [declined, decline, declining] = useActionState(declineQuoteAction, EMPTY_FORM)
  const m = messageReader(messages)
  const busy = accepting || declining
  return (
    <div data-testid="quote-decide">
      <form action={accept} key={`accept-${accepted.round}`} data-testid="quote-accept-form">
        <FormStatus state={accepted} errorTestId="quote-accept-error" />
        <input type="hidden" name="id" value={id} />
        <SubmitButton pending={busy} block data-testid="quote-accept">
          {m("accept.submit")}
        </SubmitButton>
      </form>
      <form
        action={decline}
        noValidate
        key={`decline-${declined.round}`}
        data-testid="quote-decline-form"
      >
        <FormStatus state={declined} errorTestId="quote-decline-error" />
        <input type="hidden" name="id" value={id} />
        <TextField
          {...fieldOf(declined, "reason", { idPrefix: "quote-decline" })}
          label={m("decline.reason")}
          maxLength={200}
        />
        <SubmitButton pending={busy} secondary data-testid="quote-decline">
          {m("decline.submit")}
        </SubmitButton>
      </form>
    </div>
  )
}
