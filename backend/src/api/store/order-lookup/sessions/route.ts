import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ORDER_ACCESS_MODULE,
  type OrderAccessModuleService,
} from "../../../../modules/order-access"
import { openOrderLookupSessionWorkflow } from "../../../../workflows/order-access"
import type {
  StoreOrderLookupSessionRefusal,
  StoreOrderLookupSessionResponse,
} from "../../../../types/http/order-access"
import type { StoreCreateOrderLookupSessionType } from "../validators"

/**
 * POST /store/order-lookup/sessions { contact, code }: the code from the
 * message, once, for a lookup token (`x-order-token`) that lists and opens the
 * orders placed with that contact for a short while.
 */
export async function POST(
  req: MedusaRequest<StoreCreateOrderLookupSessionType>,
  res: MedusaResponse<StoreOrderLookupSessionResponse | StoreOrderLookupSessionRefusal>
) {
  const { contact } = req.validatedBody.contact
  const { result } = await openOrderLookupSessionWorkflow(req.scope).run({
    input: { contact, code: req.validatedBody.code },
  })
  res.setHeader("Cache-Control", "no-store")
  if (!result.ok) {
    const wrong = result.reason === "wrong_code"
    res.status(400).json({
      type: "invalid_data",
      code: result.reason,
      message: wrong
        ? `The code is not right: ${result.attempts_left} attempt${result.attempts_left === 1 ? "" : "s"} left for it.`
        : "There is no valid code for this contact (it expired, was used, or had too many wrong attempts): request a new one.",
      ...(wrong ? { attempts_left: result.attempts_left } : {}),
    })
    return
  }
  const access = req.scope.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
  const { token, expires_at } = access.issueLookupToken(contact)
  res.status(200).json({ token, expires_at, contact })
}
