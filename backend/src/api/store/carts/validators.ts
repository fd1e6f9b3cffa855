import { z } from "@medusajs/framework/zod"
import { AddressRules, email } from "../../../shared/address"
import { MAX_LINE_QUANTITY, unitOrderNoteSchema } from "../../../shared/cart"

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

/** POST /store/carts/:id/unit-order: the unit order's 采购单号 and 备注 (shared rules). */
export const StoreUnitOrderNote = unitOrderNoteSchema
export type StoreUnitOrderNoteType = z.infer<typeof StoreUnitOrderNote>
