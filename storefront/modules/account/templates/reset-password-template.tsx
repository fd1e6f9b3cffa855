import Link from "next/link"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { RequestPasswordResetForm } from "../components/account-forms"
import { ResetPasswordForm } from "../components/reset-password-form"

/**
 * A forgotten password. Without a usable link: the e-mail to send a reset
 * link to (saying so when the link expired). With one: the new password.
 */
export function ResetPasswordTemplate({
  token,
  email,
}: {
  /** the link's token, if the page was opened from one */
  token?: string
  /** the e-mail of a link still within its lifetime */
  email?: string
}) {
  const messages = messagesOf("account")
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("account.reset.title")}</h1>
      <section className={styles.card} aria-labelledby="reset-heading">
        {token && email !== undefined ? (
          <>
            <h2 id="reset-heading">{t("account.reset.newHeading")}</h2>
            <p className={styles.hint} style={{ marginBottom: ".85rem" }}>
              {t("account.reset.newIntro")}
            </p>
            <ResetPasswordForm messages={messages} token={token} email={email} />
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
