import type { Metadata, Viewport } from "next"
import { t } from "@/lib/messages"
import "./globals.css"

export const metadata: Metadata = {
  title: t("site.name"),
  description: t("site.tagline"),
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  )
}
