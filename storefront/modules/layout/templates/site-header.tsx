import type { ReactNode } from "react"
import Link from "next/link"
import { t } from "@/lib/messages"
import { SearchForm } from "@/modules/search/components/search-form"

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" width="34" height="34">
      <circle cx="20" cy="20" r="19" fill="#fff" />
      <path d="M20 8c5 4 8 9 8 14a8 8 0 0 1-16 0c0-5 3-10 8-14z" fill="#3d7a45" />
      <path d="M20 14v18" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="29" cy="11" r="3.2" fill="#e7b53c" />
    </svg>
  )
}

/**
 * The site header: home link, search, main navigation, cart and account. The
 * cart link is the root layout's `@cartlink` slot: rendered with the cart on
 * dynamic pages, read from the browser on the cached ones.
 */
export function SiteHeader({ cartLink }: { cartLink: ReactNode }) {
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link href="/" className="brand" aria-label={`${t("site.name")}，${t("site.home")}`}>
          <Logo />
          <span className="brand-name">{t("site.name")}</span>
        </Link>
        <div className="header-actions">
          <Link href="/account" className="header-icon-link" data-testid="account-link">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="22"
              height="22"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            >
              <circle cx="12" cy="8" r="4" />
              <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" />
            </svg>
            <span className="header-icon-label">{t("layout.account")}</span>
          </Link>
          {cartLink}
        </div>
        <SearchForm
          id="site-search"
          className="search-form"
          autoComplete="off"
          enterKeyHint="search"
        />
        <nav aria-label={t("layout.mainNav")} className="main-nav">
          <ul>
            <li>
              <Link href="/products">{t("layout.products")}</Link>
            </li>
            <li>
              <Link href="/towns">{t("layout.towns")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
