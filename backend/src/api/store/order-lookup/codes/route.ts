import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestOrderLookupCodeWorkflow } from "../../../../workflows/order-access"
import type {
  StoreOrderLookupCodeRefusal,
  StoreOrderLookupCodeResponse,
} from "../../../../types/http/order-access"
import type { StoreCreateOrderLookupCodeType } from "../validators"

/**
 * POST /store/order-lookup/codes { contact }: sends a 6-digit code to a mobile
 * (SMS) or an e-mail address, if orders were placed with it. The answer is the
 * same either way; 429 with Retry-After once the contact or this client has
 * asked for too many codes in the last hour.
 */
export async function POST(
  req: MedusaRequest<StoreCreateOrderLookupCodeType>,
  res: MedusaResponse<StoreOrderLookupCodeResponse | StoreOrderLookupCodeRefusal>
) {
  const { contact, channel } = req.validatedBody.contact
  const { result } = await requestOrderLookupCodeWorkflow(req.scope).run({
    input: { contact, channel, client: req.ip || req.socket?.remoteAddress || "unknown" },
  })
  res.setHeader("Cache-Control", "no-store")
  if (!result.created) {
    const minutes = Math.ceil(result.retry_after_seconds / 60)
    res.setHeader("Retry-After", String(result.retry_after_seconds))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many codes were requested for this contact or from this client: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      retry_after: result.retry_after_seconds,
    })
    return
  }
  res.status(200).json({
    channel,
    expires_at: result.expires_at,
    message: "If orders were placed with this contact, a 6-digit code has been sent to it.",
  })
}
