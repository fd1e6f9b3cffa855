import Link from "next/link"
import { t } from "@/lib/messages"

export default function NotFound() {
  return (
    <div className="status-page">
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundText")}</p>
      <p className="status-actions">
        <Link href="/products" className="button">
          {t("errors.browse")}
        </Link>
        <Link href="/" className="button button-quiet">
          {t("errors.home")}
        </Link>
      </p>
    </div>
  )
}
