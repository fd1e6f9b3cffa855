import type { Metadata, Viewport } from "next"
import { t } from "@/lib/messages"
import { SiteFooter } from "@/modules/layout/templates/site-footer"
import { SiteHeader } from "@/modules/layout/templates/site-header"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: t("site.name"), template: `%s · ${t("site.shortName")}` },
  description: t("site.tagline"),
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2f6b3a" }

/** `cartlink`: the header's cart link (app/@cartlink: per request, or read from the browser on cached pages). */
export default function RootLayout({
  children,
  cartlink,
}: {
  children: React.ReactNode
  cartlink: React.ReactNode
}) {
  return (
    <html lang="zh-CN">
      <body>
        <a href="#main" className="skip-link">
          {t("layout.skip")}
        </a>
        <SiteHeader cartLink={cartlink} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
