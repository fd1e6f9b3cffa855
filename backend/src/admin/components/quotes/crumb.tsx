import { useQuote } from "../../hooks/api/quotes"

/** Breadcrumb of /quotes/:id: its display reference once loaded. */
export const QuoteCrumb = ({ id }: { id: string }) => {
  const { data } = useQuote(id)
  return <>{data?.quote.display_id ?? id}</>
}
