import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { IUserModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ErrorResponse } from "../../../types/http/common"

/**
 * An invite is accepted under the e-mail it was sent to. Medusa's accept
 * route takes an `email` in the body and creates the user with it; a farm's
 * staff invite is tied to its farm by that e-mail (farm-scope.ts), so a user
 * made under another one would belong to no farm, that is to the support
 * team, or to the farm another pending invite names. A body without `email`
 * gets the invite's, as in Medusa, and so does one that differs only in case;
 * a token Medusa refuses is left to it.
 */
export async function acceptUnderInvitedEmail(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  const token = req.query?.token
  if (email === undefined || email === null || typeof token !== "string") return next()
  let invited: string
  try {
    const users = req.scope.resolve<IUserModuleService>(Modules.USER)
    invited = (await users.validateInviteToken(token)).email
  } catch {
    return next()
  }
  if (typeof email === "string" && email.trim().toLowerCase() === invited.trim().toLowerCase()) {
    // spelled as invited: the farm's invite record finds its user by it
    // (in the body Medusa validated already, and in the raw one)
    for (const body of [req.validatedBody, req.body] as { email?: unknown }[]) {
      if (body && typeof body === "object") body.email = invited
    }
    return next()
  }
  res.status(400).json({
    type: "invalid_data",
    message: "An invite is accepted with the e-mail it was sent to (邀请只能用被邀请的邮箱接受)",
  })
}

/** POST /admin/invites/accept: the invited e-mail only. */
export const adminInviteMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/invites/accept", methods: ["POST"], middlewares: [acceptUnderInvitedEmail] },
]
