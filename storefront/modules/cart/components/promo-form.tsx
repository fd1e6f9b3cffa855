"use client"

import { useActionState } from "react"
import { applyPromotionCode, type CartActionState } from "@/lib/actions/cart"
import styles from "@/modules/common/shop.module.css"

/** The promotion code field; Medusa decides whether the code applies. */
export function PromoForm({ labels }: { labels: { label: string; apply: string } }) {
  const [state, action, pending] = useActionState<CartActionState | null, FormData>(
    applyPromotionCode,
    null
  )
  return (
    <form action={action} data-testid="promo-form">
      <label htmlFor="promo-code" className={styles.hint}>
        {labels.label}
      </label>
      <div className={styles.promoForm}>
        <input
          id="promo-code"
          name="code"
          className={styles.input}
          autoComplete="off"
          autoCapitalize="characters"
          aria-invalid={state?.ok === false ? true : undefined}
          aria-describedby={state?.ok === false ? "promo-error" : undefined}
        />
        <button type="submit" className={`${styles.button} ${styles.secondary}`} disabled={pending}>
          {labels.apply}
        </button>
      </div>
      {state?.ok === false && (
        <p id="promo-error" className={styles.error} role="alert">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p className={styles.hint} role="status">
          {state.message}
        </p>
      )}
    </form>
  )
}
