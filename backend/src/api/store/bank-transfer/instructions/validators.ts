import { z } from "@medusajs/framework/zod"

/** GET /store/bank-transfer/instructions: either ?cart_id= or ?order_id=. */
export const StoreBankTransferInstructionsParams = z
  .object({ cart_id: z.string().min(1).optional(), order_id: z.string().min(1).optional() })
  .refine((p) => !!p.cart_id !== !!p.order_id, { message: "Give either cart_id or order_id" })
export type StoreBankTransferInstructionsParamsType = z.infer<
  typeof StoreBankTransferInstructionsParams
>
