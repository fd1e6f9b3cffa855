import Link from "next/link"
import type { StoreTown } from "@http/provenance"
import { t } from "@/lib/messages"

export function TownCard({ town }: { town: StoreTown }) {
  return (
    <li className="card town-card" data-testid="town-card">
      <h3>
        <Link href={`/towns/${town.handle}`}>{town.name}</Link>
      </h3>
      {town.summary && <p className="clamp">{town.summary}</p>}
      {!!town.specialties?.length && (
        <p className="muted">{t("towns.specialties", { list: town.specialties.join("、") })}</p>
      )}
      <p className="muted">{t("home.partners", { count: town.partner_count })}</p>
    </li>
  )
}
