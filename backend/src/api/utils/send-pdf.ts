import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Answers a PDF as a download with a Chinese file name (RFC 5987 `filename*`)
 * and an ASCII fallback, never cached (it is one buyer's document).
 */
export function sendPdf(res: MedusaResponse, pdf: Buffer, asciiName: string, name: string) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`
  )
  res.setHeader("Cache-Control", "no-store")
  res.send(pdf)
}
