"use client"

import { useActionState } from "react"
import { MAX_LINE_QUANTITY } from "@shared/cart"
import { updateQuantity, type CartActionState } from "@/lib/actions/cart"
import styles from "@/modules/common/shop.module.css"

type Props = {
  lineId: string
  quantity: number
  max?: number
  labels: { quantity: string; update: string }
}

/** A line's quantity, typed (up to 9,999) with its own update button (works without JavaScript). */
export function QuantityForm({ lineId, quantity, max, labels }: Props) {
  const [state, action, pending] = useActionState<CartActionState | null, FormData>(
    updateQuantity,
    null
  )
  const errorId = `qty-error-${lineId}`
  return (
    <form action={action} className={styles.qty} data-testid="quantity-form">
      <input type="hidden" name="line_id" value={lineId} />
      <label htmlFor={`qty-${lineId}`} className={styles.visuallyHidden}>
        {labels.quantity}
      </label>
      <input
        id={`qty-${lineId}`}
        className={styles.input}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={max ?? MAX_LINE_QUANTITY}
        step={1}
        enterKeyHint="done"
        defaultValue={quantity}
        key={quantity}
        aria-invalid={state?.ok === false ? true : undefined}
        aria-describedby={state?.ok === false ? errorId : undefined}
      />
      <button type="submit" className={`${styles.button} ${styles.secondary}`} disabled={pending}>
        {labels.update}
      </button>
      {state?.ok === false && (
        <p id={errorId} className={styles.error} role="alert">
          {state.error}
        </p>
      )}
    </form>
  )
}
