import type { Metadata } from "next"
import { TownCard } from "@/components/provenance/town-card"
import { listTowns } from "@/lib/data/towns"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("towns.title") }

export default async function TownsPage() {
  const towns = await listTowns().catch(() => null)
  return (
    <>
      <h1>{t("towns.title")}</h1>
      <p className="lead">{t("towns.intro")}</p>
      {towns ? (
        <ul className="card-grid" data-testid="towns">
          {towns.map((town) => (
            <TownCard key={town.id} town={town} />
          ))}
        </ul>
      ) : (
        <p role="alert" className="notice">
          {t("home.unavailable")}
        </p>
      )}
    </>
  )
}
