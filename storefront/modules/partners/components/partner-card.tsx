import Link from "next/link"
import { t } from "@/lib/messages"

export type PartnerSummary = {
  handle: string
  name: string
  kind: string
  summary: string | null
  households_involved: number | null
  town?: { name: string } | null
  village?: { name: string } | null
}

export function kindLabel(kind: string): string {
  try {
    return t(`partners.kind.${kind}`)
  } catch {
    return kind
  }
}

export function PartnerCard({ partner }: { partner: PartnerSummary }) {
  const place = [partner.town?.name, partner.village?.name].filter(Boolean).join(" · ")
  return (
    <li className="card partner-card" data-testid="partner-card">
      <h3>
        <Link href={`/partners/${partner.handle}`}>{partner.name}</Link>
      </h3>
      <p className="muted">
        {kindLabel(partner.kind)}
        {place && ` · ${place}`}
      </p>
      {partner.summary && <p className="clamp">{partner.summary}</p>}
      {!!partner.households_involved && (
        <p className="muted">{t("partners.households", { count: partner.households_involved })}</p>
      )}
    </li>
  )
}
