"use client"

import { type ReactNode, useEffect, useState } from "react"

/** The window event the forms dispatch when the visitor's cart changed. */
export const CART_CHANGED = "meixian:cart-changed"

/** Tells the buyer parts on the page that the cart changed (they read theirs again). */
export function announceCartChanged() {
  window.dispatchEvent(new Event(CART_CHANGED))
}

/**
 * Reads a buyer's own data after the page is shown, through a server action
 * that renders it on the server with the visitor's cookies (e.g. the cart's
 * count, a unit member's prices). The page around it is the same for everyone
 * and served from Next's cache; this part never is. Shows `fallback` until
 * the answer is in (and when the read fails); reads again when the cart
 * changes and when the page comes back from the browser's history.
 */
export function useBuyerRead<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>()
  useEffect(() => {
    let current = true
    const read = () => {
      load().then(
        (answer) => current && setValue(answer),
        () => undefined
      )
    }
    // a page restored from the browser's back/forward cache shows what it had then
    const restored = (event: PageTransitionEvent) => event.persisted && read()
    read()
    window.addEventListener(CART_CHANGED, read)
    window.addEventListener("pageshow", restored)
    return () => {
      current = false
      window.removeEventListener(CART_CHANGED, read)
      window.removeEventListener("pageshow", restored)
    }
  }, [load])
  return value
}

/** A part of the page rendered for the visitor by a server action (`load`), after the page. */
export function BuyerPart({
  load,
  fallback = null,
}: {
  load: () => Promise<ReactNode>
  fallback?: ReactNode
}) {
  const part = useBuyerRead(load)
  return <>{part === undefined ? fallback : part}</>
}
