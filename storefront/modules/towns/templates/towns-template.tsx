import type { StoreTown } from "@http/provenance"
import { t } from "@/lib/messages"
import { TownCard } from "../components/town-card"

/** The five towns (null: the list could not be read). */
export function TownsTemplate({ towns }: { towns: StoreTown[] | null }) {
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
