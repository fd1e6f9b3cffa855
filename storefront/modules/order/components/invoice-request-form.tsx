"use client"

import { useActionState } from "react"
import { EMPTY_FORM } from "@/lib/account/form-state"
import { requestInvoiceAction } from "@/lib/actions/invoices"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import styles from "@/modules/common/shop.module.css"
import { Field, fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"

/** What a request is for: the buyer's order, a bulk order, or one of the unit's orders (unit area). */
export type InvoiceFormTarget =
  { order_id: string } | { bulk_order_id: string } | { unit_order_id: string }

/** The 申请发票 fields after the kind, with their message keys and input hints. */
const TEXT_FIELDS = [
  { name: "title", label: "form.title", autoComplete: "organization" },
  { name: "tax_id", label: "form.taxId", maxLength: 24 },
  { name: "registered_address", label: "form.registeredAddress" },
  { name: "registered_phone", label: "form.registeredPhone", type: "tel" },
  { name: "bank_name", label: "form.bankName" },
  { name: "bank_account", label: "form.bankAccount", inputMode: "numeric" },
  { name: "amount", label: "form.amount", inputMode: "decimal" },
  { name: "email", label: "form.email", type: "email", autoComplete: "email" },
] as const

/**
 * 申请发票 (works without JavaScript): prefilled with the buyer's saved 抬头
 * or the unit's invoice details and the amount that can still be invoiced;
 * the server's answer above the fields, each field's error beside it.
 */
export function InvoiceRequestForm({
  target,
  defaults,
  messages,
}: {
  target: InvoiceFormTarget
  defaults: Record<string, string>
  /** the invoice messages */
  messages: MessageTree
}) {
  const [state, formAction, pending] = useActionState(requestInvoiceAction, EMPTY_FORM)
  const m = messageReader(messages)
  const valueOf = (name: string) => state.values[name] ?? defaults[name] ?? ""
  return (
    <form action={formAction} noValidate key={state.round} data-testid="invoice-request-form">
      <h3>{m("form.heading")}</h3>
      <FormStatus state={state} />
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field name="kind" label={m("form.kind")} idPrefix="invoice" error={state.errors.kind}>
        {(a11y) => (
          <select {...a11y} name="kind" className={styles.select} defaultValue={valueOf("kind")}>
            <option value="normal">{m("kindLabel.normal")}</option>
            <option value="special">{m("kindLabel.special")}</option>
          </select>
        )}
      </Field>
      {TEXT_FIELDS.map(({ name, label, ...input }) => (
        <TextField
          key={name}
          {...fieldOf(state, name, { idPrefix: "invoice" })}
          defaultValue={valueOf(name)}
          label={m(label)}
          {...input}
        />
      ))}
      <SubmitButton pending={pending}>{m("form.submit")}</SubmitButton>
    </form>
  )
}
