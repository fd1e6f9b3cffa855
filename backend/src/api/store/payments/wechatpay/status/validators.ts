import { z } from "@medusajs/framework/zod"

/** GET /store/payments/wechatpay/status?cart_id= */
export const StoreWechatPayStatusParams = z
  .object({ cart_id: z.string().regex(/^cart_\w{10,40}$/, "cart_id 格式不正确") })
  .strict()
export type StoreWechatPayStatusParamsType = z.infer<typeof StoreWechatPayStatusParams>
