import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { AdminQuote } from "../../../types/http/quote"
import type { TranslateFn } from "../../i18n/use-t"

/**
 * The facts rows of a quote's source: a cart, or a bulk-order file with its
 * recipients count, PO number and (once accepted) its bulk order.
 */
export function bulkFacts(
  t: TranslateFn,
  quote: AdminQuote,
  linkClass: string
): [string, ReactNode][] {
  const bulk = quote.bulk
  if (!bulk) return [[t("quote.bulk.source"), t("quote.bulk.fromCart")]]
  const none = t("common.none")
  return [
    [t("quote.bulk.source"), t("quote.bulk.fromBulk", { count: bulk.recipients })],
    [t("quote.bulk.poNumber"), bulk.po_number ?? none],
    [
      t("quote.bulk.bulkOrder"),
      bulk.bulk_order_id ? (
        <Link key="b" to={`/bulk-orders/${bulk.bulk_order_id}`} className={linkClass}>
          {bulk.bulk_order_id}
        </Link>
      ) : (
        none
      ),
    ],
  ]
}
