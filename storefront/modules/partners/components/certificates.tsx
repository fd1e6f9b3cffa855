import type { Certificate } from "@http/provenance"
import { t } from "@/lib/messages"

export function Certificates({ certificates }: { certificates: Certificate[] | null | undefined }) {
  if (!certificates?.length) return null
  return (
    <ul className="certificates">
      {certificates.map((c, i) => (
        <li key={`${c.name}-${i}`}>
          <strong>{c.name}</strong>
          <span className="muted">
            {[
              c.number && t("partners.certificateNumber", { number: c.number }),
              c.issuer && t("partners.certificateIssuer", { issuer: c.issuer }),
              c.valid_until && t("partners.certificateValid", { date: c.valid_until }),
            ]
              .filter(Boolean)
              .join("，")}
          </span>
        </li>
      ))}
    </ul>
  )
}
