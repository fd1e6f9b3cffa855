import type { InvoiceRequestDTO, InvoiceableDTO } from "@http/invoice"
import { formatYuan } from "@shared/money"
import { parseFen } from "@shared/money"
import { formatDateTime } from "@/lib/checkout/format"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { type InvoiceFormTarget, InvoiceRequestForm } from "./invoice-request-form"

/**
 * 发票 of an order or a bulk order: each request's status, number and the
 * PDF to download; the amount that can still be invoiced and the 申请发票
 * form, prefilled (saved 抬头 or the unit's invoice details).
 */
export function InvoiceSection({
  requests,
  invoiceable,
  target,
  defaults,
  fileHref,
  asked = null,
}: {
  requests: InvoiceRequestDTO[]
  invoiceable: InvoiceableDTO
  target: InvoiceFormTarget
  defaults: Record<string, string>
  /** where the browser downloads a request's PDF */
  fileHref: (id: string) => string
  /** the 发票 asked for at checkout, shown until its request is made (once the order is paid) */
  asked?: { kind: "normal" | "special"; title: string } | null
}) {
  const paid = (parseFen(invoiceable.paid) ?? BigInt(0)) > BigInt(0)
  const left = (parseFen(invoiceable.available) ?? BigInt(0)) > BigInt(0)
  return (
    <section className={styles.card} aria-labelledby="invoice-heading" data-testid="invoices">
      <h2 id="invoice-heading">{t("invoice.heading")}</h2>
      {requests.length === 0 && asked ? (
        <p data-testid="invoice-asked">
          {t("invoice.askedAtCheckout", {
            kind: t(`invoice.kindLabel.${asked.kind}`),
            title: asked.title,
          })}
        </p>
      ) : requests.length === 0 ? (
        <p>{t("invoice.empty")}</p>
      ) : (
        <ul className={styles.lines} data-testid="invoice-requests">
          {requests.map((request) => (
            <li key={request.id} data-testid="invoice-request" data-status={request.status}>
              <strong>
                {t(`invoice.kindLabel.${request.kind}`)} · {request.title} ·{" "}
                {formatYuan(request.amount)}
              </strong>{" "}
              <span data-testid="invoice-request-status">
                {t(`invoice.status.${request.status}`)}
              </span>
              <br />
              {t("invoice.requestedAt", { at: formatDateTime(request.created_at) })}
              {request.number && (
                <>
                  <br />
                  {t("invoice.number", { number: request.number, date: request.issued_on ?? "" })}
                </>
              )}
              {request.has_file && (
                <>
                  <br />
                  <a href={fileHref(request.id)} data-testid="invoice-download">
                    {t("invoice.download")}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hint}>{t("invoice.intro")}</p>
      {!paid ? (
        <p>{t("invoice.notPaid")}</p>
      ) : !left ? (
        <p>{t("invoice.nothingLeft")}</p>
      ) : (
        <>
          <p data-testid="invoice-available">
            {t("invoice.available", { amount: formatYuan(invoiceable.available) })}
          </p>
          <InvoiceRequestForm
            target={target}
            defaults={{ ...defaults, amount: invoiceable.available }}
            messages={messagesOf("invoice")}
          />
        </>
      )}
    </section>
  )
}
