import { NextResponse, type NextRequest } from "next/server"
import { getCartId } from "@/lib/data/cookies"
import { openWechatJsapi } from "@/lib/data/online-payments"
import { storefrontOrigin, takeOauthState } from "@/lib/checkout/online-session"

export const dynamic = "force-dynamic"

/**
 * GET /checkout/wechatpay/oauth?code=&state= — where WeChat's 网页授权 sends
 * the buyer back. The state must be the one this browser was given; the
 * backend checks it against the cart, exchanges the code for the buyer's
 * openid and opens the JSAPI session. Then on to the page that opens
 * WeChat's payment sheet (or says, in Chinese, why not).
 */
export async function GET(request: NextRequest) {
  const origin = await storefrontOrigin()
  const code = request.nextUrl.searchParams.get("code")
  const state = request.nextUrl.searchParams.get("state")
  const cartId = await getCartId()
  const to = (search = "") =>
    NextResponse.redirect(`${origin}/checkout/wechatpay/jsapi${search}`, 303)
  // the buyer refused (snsapi_base never asks, but WeChat may send no code), or another browser's state
  if (!(await takeOauthState(state)) || !code || !cartId) return to("?failed=state")
  try {
    await openWechatJsapi(cartId, code, state!)
    return to()
  } catch (error) {
    // a reason code, never the backend's text: the page says it in its own words
    const message = error instanceof Error ? error.message : ""
    const reason = /失效|过期/.test(message) ? "expired" : /不符/.test(message) ? "state" : "error"
    return to(`?failed=${reason}`)
  }
}
