"use client"

import { useActionState } from "react"
import {
  UNIT_INVOICE_TYPE_LABELS,
  UNIT_INVOICE_TYPES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
} from "@http/unit"
import type { FormState } from "@/lib/account/form-state"
import { messageReader, type MessageTree } from "@/lib/message-tree"
import { Field, fieldOf, TextField } from "@/modules/common/components/field"
import { FormStatus, SubmitButton } from "@/modules/common/components/form-status"
import styles from "@/modules/common/shop.module.css"
import { ErrorSummary } from "./error-summary"

const FORM = "unit"

/** The label key of each field (for the fields and the error summary). */
export const UNIT_FIELD_LABELS: Record<string, string> = {
  name: "fields.name",
  kind: "fields.kind",
  credit_code: "fields.creditCode",
  headcount: "fields.headcount",
  invoice_type: "fields.invoiceType",
  invoice_title: "fields.invoiceTitle",
  invoice_tax_id: "fields.taxId",
  registered_address: "fields.registeredAddress",
  registered_phone: "fields.registeredPhone",
  bank_name: "fields.bankName",
  bank_account: "fields.bankAccount",
  contact_name: "fields.contactName",
  contact_mobile: "fields.contactMobile",
}

/**
 * A unit's application, or its details as its 管理员 edits them (works
 * without JavaScript): identity (name, kind, credit code; read-only once
 * verified), 开票信息 普票/专票, the contact and the headcount. The server
 * action's refusals come back in Chinese, beside each field and listed in a
 * summary above the form that takes the focus.
 */
export function UnitForm({
  action,
  initial,
  identityLocked = false,
  submit,
  testId,
  messages,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>
  initial: FormState
  /** a verified or disabled unit: name, kind and credit code are shown, not sent */
  identityLocked?: boolean
  /** the submit button's message key */
  submit: string
  testId: string
  /** the unit messages */
  messages: MessageTree
}) {
  const [state, formAction, pending] = useActionState(action, initial)
  const m = messageReader(messages)
  const field = (name: string) => ({
    ...fieldOf(state, name, { idPrefix: FORM }),
    label: m(UNIT_FIELD_LABELS[name]),
  })
  const invoiceType = state.values.invoice_type || "normal"
  const invoiceError = state.errors.invoice_type
  return (
    <form action={formAction} noValidate key={state.round} data-testid={testId}>
      <ErrorSummary state={state} form={FORM} labels={UNIT_FIELD_LABELS} m={m} />
      <FormStatus state={state} errorTestId="unit-form-error" messageTestId="unit-form-message" />
      {identityLocked ? (
        <p className={styles.hint} data-testid="unit-identity-locked">
          {m("identityLocked")}
        </p>
      ) : (
        <>
          <TextField {...field("name")} autoComplete="organization" maxLength={80} />
          <Field idPrefix={FORM} name="kind" label={m("fields.kind")} error={state.errors.kind}>
            {(a11y) => (
              <select
                {...a11y}
                name="kind"
                className={styles.select}
                defaultValue={state.values.kind ?? ""}
              >
                <option value="">{m("fields.kindChoose")}</option>
                {UNIT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {UNIT_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            {...field("credit_code")}
            hint={m("fields.creditCodeHint")}
            maxLength={24}
            autoCapitalize="characters"
            spellCheck={false}
          />
        </>
      )}
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField {...field("contact_name")} autoComplete="name" maxLength={40} />
        <TextField
          {...field("contact_mobile")}
          type="tel"
          inputMode="numeric"
          maxLength={13}
          autoComplete="tel-national"
        />
      </div>
      <TextField
        {...field("headcount")}
        hint={m("fields.headcountHint")}
        inputMode="numeric"
        maxLength={9}
      />
      <fieldset
        className={styles.fieldset}
        aria-describedby={invoiceError ? `${FORM}-field-invoice_type-error` : undefined}
      >
        <legend className={styles.legend}>{m("fields.invoiceType")}</legend>
        {UNIT_INVOICE_TYPES.map((type, index) => (
          <label key={type} className={styles.choice}>
            <input
              id={index === 0 ? `${FORM}-field-invoice_type` : undefined}
              type="radio"
              name="invoice_type"
              value={type}
              defaultChecked={invoiceType === type}
              data-testid={`invoice-${type}`}
            />
            <span className={styles.choiceText}>
              <span>{UNIT_INVOICE_TYPE_LABELS[type]}</span>
              <span className={styles.hint}>{m(`invoiceTypes.${type}Hint`)}</span>
            </span>
          </label>
        ))}
        {invoiceError && (
          <p id={`${FORM}-field-invoice_type-error`} className={styles.error}>
            {invoiceError}
          </p>
        )}
      </fieldset>
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField {...field("invoice_title")} hint={m("fields.invoiceTitleHint")} />
        <TextField {...field("invoice_tax_id")} hint={m("fields.taxIdHint")} maxLength={24} />
      </div>
      <TextField {...field("registered_address")} autoComplete="street-address" />
      <div className={`${styles.row} ${styles.row2}`}>
        <TextField
          {...field("registered_phone")}
          hint={m("fields.registeredPhoneHint")}
          type="tel"
          maxLength={20}
        />
        <TextField {...field("bank_name")} />
      </div>
      <TextField {...field("bank_account")} inputMode="numeric" maxLength={40} />
      <SubmitButton pending={pending} block data-testid="unit-submit">
        {m(submit)}
      </SubmitButton>
    </form>
  )
}
