import Link from "next/link"
import { t } from "@/lib/messages"

/** Page links of a listing (catalogue, search): previous, numbered pages, next. */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number
  pages: number
  href: (page: number) => string
}) {
  if (pages <= 1) return null
  return (
    <nav aria-label={t("catalog.pagination")} className="pagination" data-testid="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("catalog.previous")}
        </Link>
      ) : (
        <span aria-hidden="true" className="disabled">
          {t("catalog.previous")}
        </span>
      )}
      <ol>
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" aria-label={t("catalog.page", { page: n })}>
                {n}
              </span>
            ) : (
              <Link href={href(n)} aria-label={t("catalog.page", { page: n })}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("catalog.next")}
        </Link>
      ) : (
        <span aria-hidden="true" className="disabled">
          {t("catalog.next")}
        </span>
      )}
    </nav>
  )
}
