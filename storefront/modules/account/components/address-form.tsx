"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { addAddressAction } from "@/lib/actions/account"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { RegionFields } from "@/modules/checkout/components/region-fields"
import { fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"

/** A new saved address (the checkout's address rules and labels). */
export function AddressForm({
  messages,
  checkoutMessages,
  provinces,
}: {
  messages: MessageTree
  checkoutMessages: MessageTree
  provinces: { code: string; name: string }[]
}) {
  const [state, action, pending] = useActionState(addAddressAction, EMPTY_FORM)
  const m = messageReader(messages)
  const c = messageReader(checkoutMessages)
  const field = (name: string) => fieldOf(state, name, { idPrefix: "address" })
  return (
    <form action={action} noValidate key={state.round} data-testid="address-form">
      <FormStatus state={state} />
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...field("recipient")}
          label={c("address.recipient")}
          type="text"
          autoComplete="name"
        />
        <TextField
          {...field("phone")}
          label={c("address.phone")}
          type="tel"
          inputMode="numeric"
          maxLength={11}
          autoComplete="tel-national"
        />
      </div>
      <RegionFields state={state} provinces={provinces} m={c} />
      <TextField
        {...field("street")}
        label={c("address.street")}
        type="text"
        autoComplete="address-line1"
      />
      <TextField
        {...field("detail")}
        label={c("address.detail")}
        type="text"
        autoComplete="address-line2"
      />
      <SubmitButton pending={pending}>{m("addresses.save")}</SubmitButton>
    </form>
  )
}
