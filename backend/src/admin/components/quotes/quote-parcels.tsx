import type { AdminQuote, QuoteParcel } from "../../../types/http/quote"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { DataTable, type DataTableColumn } from "../data-table"
import { recipientColumns } from "../bulk-orders/parcels"
import { DetailSection } from "../detail"

type ParcelRow = QuoteParcel & { id: string }

const itemsText = (parcel: QuoteParcel) =>
  parcel.items.map((i) => `${i.title} × ${i.quantity}`).join("，")

const columns = (t: TranslateFn): DataTableColumn<ParcelRow>[] => [
  ...recipientColumns<ParcelRow>(t),
  {
    key: "items",
    header: t("quote.parcels.items"),
    className: "max-w-[260px] truncate",
    title: itemsText,
    cell: itemsText,
  },
]

/**
 * A bulk-order quote's recipients (N 个收件人) and their parcels, one order
 * each once accepted; nothing for a cart's quote.
 */
export const QuoteParcels = ({ quote }: { quote: AdminQuote }) => {
  const t = useT()
  if (!quote.bulk) return null
  return (
    <DetailSection
      title={t("quote.parcels.title")}
      aside={t("quote.parcels.count", { count: quote.bulk.recipients })}
      testId="quote-parcels"
    >
      <DataTable
        rows={quote.bulk.parcels.map((p, i) => ({ ...p, id: String(i) }))}
        columns={columns}
        minWidth="min-w-[720px]"
        empty="quote.parcels.empty"
        testId="quote-parcel-table"
      />
    </DetailSection>
  )
}
