import Link from "next/link"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { LoginForm, RegisterForm } from "../components/account-forms"

/**
 * The account page before signing in: sign in (or look up an order as a
 * guest) beside registering; both lead back to `next` (a page that asked
 * for signing in), else to the account.
 */
export function AccountLoginTemplate({ next }: { next?: string }) {
  const messages = messagesOf("account")
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("account.title")}</h1>
      <div className={`${styles.row} ${styles.row2}`}>
        <section className={styles.card} aria-labelledby="login-heading">
          <h2 id="login-heading">{t("account.login.heading")}</h2>
          <LoginForm messages={messages} next={next} />
          <p className={styles.hint}>
            <Link href="/order/lookup" data-testid="order-lookup-link">
              {t("lookup.fromAccount")}
            </Link>
          </p>
        </section>
        <section className={styles.card} aria-labelledby="register-heading">
          <h2 id="register-heading">{t("account.register.heading")}</h2>
          <p className={styles.hint}>{t("account.register.intro")}</p>
          <RegisterForm messages={messages} next={next} />
        </section>
      </div>
    </div>
  )
}
