import { z } from "@medusajs/framework/zod"

/** GET /store/alipay/status?order_id= */
export const StoreAlipayStatusParams = z
  .object({ order_id: z.string().min(1, "请提供订单编号").max(64) })
  .strict()
export type StoreAlipayStatusParamsType = z.infer<typeof StoreAlipayStatusParams>
