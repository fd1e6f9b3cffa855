import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreWechatPayJsapiBody, StoreWechatPayOauthBody } from "./oauth/validators"
import { refuseBrowserOpenid } from "./refuse-browser-openid"
import { StoreWechatPayStatusParams } from "./status/validators"

const customerIfSignedIn = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

/**
 * WeChat Pay's store routes: the status the checkout polls, and JSAPI's
 * 网页授权 (the authorize address, then the code exchanged and the session
 * opened); the input validated, the buyer known when signed in. Medusa's
 * session route takes no openid from the browser.
 */
export const storeWechatPayMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payments/wechatpay/status",
    methods: ["GET"],
    middlewares: [customerIfSignedIn, validateAndTransformQuery(StoreWechatPayStatusParams, {})],
  },
  {
    matcher: "/store/payments/wechatpay/oauth",
    methods: ["POST"],
    middlewares: [customerIfSignedIn, validateAndTransformBody(StoreWechatPayOauthBody)],
  },
  {
    matcher: "/store/payments/wechatpay/jsapi",
    methods: ["POST"],
    middlewares: [customerIfSignedIn, validateAndTransformBody(StoreWechatPayJsapiBody)],
  },
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [refuseBrowserOpenid],
  },
]
