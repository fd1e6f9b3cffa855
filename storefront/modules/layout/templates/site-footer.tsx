import Link from "next/link"
import { t } from "@/lib/messages"

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <p className="footer-about">{t("layout.footerAbout")}</p>
        <nav aria-label={t("layout.footerService")}>
          <ul className="footer-links">
            <li>
              <Link href="/products">{t("layout.products")}</Link>
            </li>
            <li>
              <Link href="/towns">{t("layout.towns")}</Link>
            </li>
            <li>
              <Link href="/cart">{t("layout.cart")}</Link>
            </li>
            <li>
              <Link href="/account">{t("layout.account")}</Link>
            </li>
          </ul>
        </nav>
        <p className="muted">{t("layout.footerDelivery")}</p>
        <p className="muted">{t("layout.footerNote")}</p>
      </div>
    </footer>
  )
}
