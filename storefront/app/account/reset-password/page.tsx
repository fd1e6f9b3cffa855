import type { Metadata } from "next"
import Link from "next/link"
import { RequestPasswordResetForm, ResetPasswordForm } from "@/components/account/forms"
import styles from "@/components/checkout/shop.module.css"
import { readResetToken } from "@/lib/account/reset-token"
import { messagesOf, t } from "@/lib/messages"

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
  const messages = messagesOf("account")
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("account.reset.title")}</h1>
      <section className={styles.card} aria-labelledby="reset-heading">
        {token && link?.usable ? (
          <>
            <h2 id="reset-heading">{t("account.reset.newHeading")}</h2>
            <p className={styles.hint} style={{ marginBottom: ".85rem" }}>
              {t("account.reset.newIntro")}
            </p>
            <ResetPasswordForm messages={messages} token={token} email={link.email} />
          </>
        ) : (
          <>
            <h2 id="reset-heading">{t("account.reset.requestHeading")}</h2>
            {token && (
              <p className={styles.formError} role="alert" data-testid="reset-link-expired">
                {t("account.reset.expired")}
              </p>
            )}
            <p className={styles.hint} style={{ marginBottom: ".85rem" }}>
              {t("account.reset.requestIntro")}
            </p>
            <RequestPasswordResetForm messages={messages} />
          </>
        )}
      </section>
      <p className={styles.hint}>
        {t("account.reset.remembered")} <Link href="/account">{t("account.reset.toLogin")}</Link>
      </p>
    </div>
  )
}
