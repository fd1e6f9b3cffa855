import Link from "next/link"
import { logoutAction } from "@/lib/actions/auth"
import type { StoreCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

type Section = "orders" | "addresses" | "invoices" | "unit"

const LINKS: { key: Section; href: string }[] = [
  { key: "orders", href: "/account" },
  { key: "addresses", href: "/account/addresses" },
  { key: "invoices", href: "/account/invoices" },
  { key: "unit", href: "/unit" },
]

/** The account pages' heading, navigation and logout button. */
export function AccountShell({
  customer,
  current,
  children,
}: {
  customer: StoreCustomer
  current: Section
  children: React.ReactNode
}) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t("account.title")}</h1>
      <p data-testid="account-greeting">
        {t("account.greeting", { name: customer.first_name || customer.email })}
      </p>
      <nav aria-label={t("account.nav.label")}>
        <ul className={styles.tabs}>
          {LINKS.map((link) => (
            <li key={link.key}>
              <Link href={link.href} aria-current={link.key === current ? "page" : undefined}>
                {t(`account.nav.${link.key}`)}
              </Link>
            </li>
          ))}
          <li>
            <form action={logoutAction}>
              <button
                type="submit"
                className={`${styles.button} ${styles.secondary}`}
                data-testid="logout"
              >
                {t("account.logout")}
              </button>
            </form>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  )
}
