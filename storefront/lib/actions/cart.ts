"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { MAX_LINE_QUANTITY } from "@shared/cart"
import {
  addLineItem,
  applyPromotion,
  deleteLineItem,
  getOrCreateCart,
  removePromotion,
  retrieveCart,
  updateLineItem,
} from "@/lib/data/cart"
import { variantStock } from "@/lib/data/products"
import { messageOf } from "@/lib/errors"
import { t } from "@/lib/messages"

export type CartActionState = {
  ok: boolean
  /** a Chinese message for the buyer (success or error) */
  message?: string
  /** set when `ok` is false */
  error?: string
}

const addSchema = z.object({
  variant_id: z.string().trim().min(1, t("cart.errors.variantRequired")),
  quantity: z.coerce
    .number({ error: t("cart.errors.quantityInvalid") })
    .int(t("cart.errors.quantityInvalid"))
    .min(1, t("cart.errors.quantityInvalid"))
    .max(MAX_LINE_QUANTITY, t("cart.errors.quantityTooLarge", { max: MAX_LINE_QUANTITY })),
})

/** Medusa's "not enough stock" refusals, whatever the wording of the version. */
function isStockError(error: unknown) {
  return /inventory|stock|insufficient/i.test(messageOf(error))
}

function formOf(
  stateOrForm: CartActionState | FormData | null | undefined,
  form?: FormData
): FormData {
  if (form instanceof FormData) return form
  if (stateOrForm instanceof FormData) return stateOrForm
  return new FormData()
}

/**
 * Adds a variant to the visitor's cart (created in 中国大陆 on first use, its
 * id kept in the httpOnly `cart_id` cookie). Form fields: `variant_id`,
 * `quantity` (default 1), optional `redirect_to` (a path, e.g. "/cart").
 *
 * Works as `<form action={addToCart}>` and with `useActionState(addToCart, …)`:
 * answers `{ ok, message, error }`. A sold-out variant is refused with a
 * Chinese message and nothing is added.
 */
export async function addToCart(
  stateOrForm: CartActionState | FormData | null,
  maybeForm?: FormData
): Promise<CartActionState> {
  const form = formOf(stateOrForm, maybeForm)
  const parsed = addSchema.safeParse({
    variant_id: form.get("variant_id") ?? "",
    quantity: form.get("quantity") || 1,
  })
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? t("cart.errors.addFailed") }
  }
  const { variant_id, quantity } = parsed.data

  const stock = await variantStock(variant_id).catch(() => null)
  if (!stock) return { ok: false, error: t("cart.errors.variantNotFound") }
  const cart = await retrieveCart()
  const inCart = cart?.items?.find((item) => item.variant_id === variant_id)?.quantity ?? 0
  if (stock.manage_inventory && !stock.allow_backorder) {
    if (stock.inventory_quantity <= 0) {
      return { ok: false, error: t("cart.errors.soldOut", { title: stock.variant_title ?? "" }) }
    }
    if (stock.inventory_quantity < quantity + inCart) {
      return {
        ok: false,
        error: t("cart.errors.notEnoughStock", { available: stock.inventory_quantity }),
      }
    }
  }

  try {
    const target = cart ?? (await getOrCreateCart())
    await addLineItem(target.id, variant_id, quantity)
  } catch (error) {
    return {
      ok: false,
      error: isStockError(error) ? t("cart.errors.soldOutShort") : t("cart.errors.addFailed"),
    }
  }
  refresh()
  const to = form.get("redirect_to")
  if (typeof to === "string" && to.startsWith("/") && !to.startsWith("//")) redirect(to)
  return { ok: true, message: t("cart.added") }
}

const quantitySchema = z.object({
  line_id: z.string().min(1),
  quantity: z.coerce
    .number({ error: t("cart.errors.quantityInvalid") })
    .int(t("cart.errors.quantityInvalid"))
    .min(0, t("cart.errors.quantityInvalid"))
    .max(MAX_LINE_QUANTITY, t("cart.errors.quantityTooLarge", { max: MAX_LINE_QUANTITY })),
})

/**
 * Sets a line's quantity (0 removes it). Form fields: `line_id`, `quantity`
 * (up to MAX_LINE_QUANTITY). More than the stock sets the line to what is in
 * stock and says so.
 */
export async function updateQuantity(
  _state: CartActionState | null,
  form: FormData
): Promise<CartActionState> {
  const parsed = quantitySchema.safeParse({
    line_id: form.get("line_id") ?? "",
    quantity: form.get("quantity"),
  })
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message }
  const cart = await retrieveCart()
  const line = cart?.items?.find((item) => item.id === parsed.data.line_id)
  if (!cart || !line) return { ok: false, error: t("cart.errors.lineNotFound") }
  let quantity = parsed.data.quantity
  let clamped = false
  if (quantity > line.quantity && line.variant_id) {
    const stock = await variantStock(line.variant_id).catch(() => null)
    if (stock?.manage_inventory && !stock.allow_backorder && stock.inventory_quantity < quantity) {
      if (stock.inventory_quantity <= 0) {
        return { ok: false, error: t("cart.errors.soldOut", { title: stock.variant_title ?? "" }) }
      }
      quantity = Math.max(line.quantity, stock.inventory_quantity)
      clamped = true
    }
  }
  try {
    if (quantity === 0) await deleteLineItem(cart.id, line.id)
    else if (quantity !== line.quantity) await updateLineItem(cart.id, line.id, quantity)
  } catch (error) {
    return {
      ok: false,
      error: isStockError(error)
        ? t("cart.errors.notEnoughStockShort")
        : t("cart.errors.updateFailed"),
    }
  }
  refresh()
  if (clamped) return { ok: false, error: t("cart.errors.clampedToStock", { available: quantity }) }
  return { ok: true, message: t("cart.updated") }
}

/** Removes a line. Form field: `line_id`. */
export async function removeLine(form: FormData): Promise<void> {
  const lineId = String(form.get("line_id") ?? "")
  const cart = await retrieveCart()
  if (cart && cart.items?.some((item) => item.id === lineId)) {
    await deleteLineItem(cart.id, lineId)
  }
  refresh()
}

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, t("cart.errors.promoRequired"))
    .max(64, t("cart.errors.promoInvalid"))
    .regex(/^[A-Za-z0-9_-]+$/, t("cart.errors.promoInvalid")),
})

/** Applies a promotion code. Form field: `code`. */
export async function applyPromotionCode(
  _state: CartActionState | null,
  form: FormData
): Promise<CartActionState> {
  const parsed = codeSchema.safeParse({ code: form.get("code") ?? "" })
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message }
  const cart = await retrieveCart()
  if (!cart) return { ok: false, error: t("cart.errors.noCart") }
  const code = parsed.data.code
  if (cart.promotions?.some((p) => p.code?.toLowerCase() === code.toLowerCase())) {
    return { ok: false, error: t("cart.errors.promoAlreadyApplied") }
  }
  try {
    const updated = await applyPromotion(cart.id, code)
    // Medusa ignores codes it cannot apply instead of failing.
    if (!updated.promotions?.some((p) => p.code?.toLowerCase() === code.toLowerCase())) {
      return { ok: false, error: t("cart.errors.promoNotApplicable", { code }) }
    }
  } catch {
    return { ok: false, error: t("cart.errors.promoNotApplicable", { code }) }
  }
  refresh()
  return { ok: true, message: t("cart.promoApplied", { code }) }
}

/** Removes a promotion code. Form field: `code`. */
export async function removePromotionCode(form: FormData): Promise<void> {
  const code = String(form.get("code") ?? "")
  const cart = await retrieveCart()
  if (cart && code) await removePromotion(cart.id, code)
  refresh()
}
