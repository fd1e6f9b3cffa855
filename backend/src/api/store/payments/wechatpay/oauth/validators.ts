import { z } from "@medusajs/framework/zod"

const CART_ID = z.string().regex(/^cart_\w{10,40}$/, "cart_id 格式不正确")

/** POST /store/payments/wechatpay/oauth */
export const StoreWechatPayOauthBody = z.object({ cart_id: CART_ID }).strict()
export type StoreWechatPayOauthBodyType = z.infer<typeof StoreWechatPayOauthBody>

/** POST /store/payments/wechatpay/jsapi: what WeChat handed back to the storefront's callback */
export const StoreWechatPayJsapiBody = z
  .object({
    cart_id: CART_ID,
    code: z.string().regex(/^[\w-]{8,128}$/, "微信授权码格式不正确"),
    state: z.string().regex(/^[A-Za-z0-9]{1,128}$/, "微信授权 state 格式不正确"),
  })
  .strict()
export type StoreWechatPayJsapiBodyType = z.infer<typeof StoreWechatPayJsapiBody>
