"use client"

import { useActionState, useEffect } from "react"
import Link from "next/link"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import { announceCartChanged } from "@/modules/common/components/buyer-part"

type Labels = { submit: string; adding: string; viewCart: string }

/**
 * The product page's add-to-cart form: the variant choices and quantity are
 * rendered on the server (children); this only posts them to the cart's
 * server action and shows its answer (e.g. a sold-out variant refused).
 */
export function AddToCartForm({
  children,
  labels,
  disabled,
}: {
  children: React.ReactNode
  labels: Labels
  disabled?: boolean
}) {
  const [state, action, pending] = useActionState<CartActionState | null, FormData>(addToCart, null)
  // the header's count on a cached page is read from the browser: read it again
  useEffect(() => {
    if (state?.ok) announceCartChanged()
  }, [state])
  return (
    <form action={action} className="add-to-cart" data-testid="add-to-cart-form">
      {children}
      <button
        type="submit"
        className="button button-primary"
        disabled={disabled || pending}
        data-testid="add-to-cart"
      >
        {pending ? labels.adding : labels.submit}
      </button>
      <div aria-live="polite" className="form-status">
        {state?.ok && (
          <p className="success" role="status" data-testid="add-to-cart-ok">
            {state.message} <Link href="/cart">{labels.viewCart}</Link>
          </p>
        )}
        {state && !state.ok && (
          <p className="error" role="alert" data-testid="add-to-cart-error">
            {state.error}
          </p>
        )}
      </div>
    </form>
  )
}
