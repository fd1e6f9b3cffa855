import { useInvoiceRequest } from "../../hooks/api/invoice-requests"

/** Breadcrumb of /invoice-requests/:id: its 抬头 and amount once loaded. */
export const InvoiceRequestCrumb = ({ id }: { id: string }) => {
  const { data } = useInvoiceRequest(id)
  const request = data?.invoice_request
  return <>{request ? `${request.title} ¥${request.amount}` : id}</>
}
