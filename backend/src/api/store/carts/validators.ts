import { z } from "@medusajs/framework/zod"
import { AddressRules, email } from "../../../shared/address"

/** Units of one variant on one cart line: whole and positive (the storefront offers 1-99). */
export const MAX_LINE_QUANTITY = 9_999

const quantity = (min: 0 | 1) =>
  z
    .number({ error: "quantity must be a number" })
    .int("quantity must be a whole number")
    .min(min, min ? "quantity must be at least 1" : "quantity must not be negative")
    .max(MAX_LINE_QUANTITY, `quantity must be at most ${MAX_LINE_QUANTITY}`)

/** A saved address is named by its id; a new one follows the address rules. */
const address = z.union([z.string().max(100), AddressRules])

export const StoreCartCreateRules = z
  .object({
    items: z
      .array(z.object({ quantity: quantity(1) }).passthrough())
      .max(100, "a cart is created with at most 100 lines")
      .optional(),
    shipping_address: address.optional(),
    billing_address: address.optional(),
    email: email.nullish(),
  })
  .passthrough()

export const StoreCartUpdateRules = z
  .object({
    shipping_address: AddressRules.optional(),
    billing_address: AddressRules.optional(),
    email: email.nullish(),
  })
  .passthrough()

export const StoreLineItemAddRules = z.object({ quantity: quantity(1) }).passthrough()

/** 0 removes the line (Medusa's rule). */
export const StoreLineItemUpdateRules = z.object({ quantity: quantity(0) }).passthrough()
