import type { Metadata } from "next"
import { readResetToken } from "@/lib/account/reset-token"
import { t } from "@/lib/messages"
import { ResetPasswordTemplate } from "@/modules/account/templates/reset-password-template"

export const dynamic = "force-dynamic"

// The link's token is in this page's address: no Referer carries it to another site. (Not
// "no-referrer": forms would then post `Origin: null`, which Next.js refuses for server actions.)
export const metadata: Metadata = {
  title: t("account.reset.title"),
  robots: { index: false },
  referrer: "same-origin",
}

/**
 * A forgotten password. Without a token: the e-mail to send a reset link to.
 * With the token of that link (`?token=…&email=…`, see
 * backend/src/auth/password-reset.ts): the new password, twice; an expired
 * link says so at once, a used one when the password is sent.
 */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const token = typeof params.token === "string" ? params.token : undefined
  const link = token ? readResetToken(token) : null
  return <ResetPasswordTemplate token={token} email={link?.usable ? link.email : undefined} />
}
