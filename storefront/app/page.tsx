import { listTowns, StoreTown } from "@/lib/data/towns"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

export default async function HomePage() {
  let towns: StoreTown[] | null = null
  try {
    towns = await listTowns()
  } catch {
    towns = null
  }
  return (
    <>
      <header>
        <h1>{t("site.name")}</h1>
        <p>{t("site.tagline")}</p>
      </header>
      <main>
        <h2>{t("home.townsHeading")}</h2>
        {towns ? (
          <ul className="towns" data-testid="towns">
            {towns.map((town) => (
              <li key={town.id}>
                <h3>{town.name}</h3>
                <p>{town.summary}</p>
                <p className="muted">{t("home.partners", { count: town.partner_count })}</p>
                {town.villages.length > 0 && (
                  <p className="muted">{t("home.villages", { names: town.villages.map((v) => v.name).join("、") })}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p role="alert">{t("home.unavailable")}</p>
        )}
      </main>
    </>
  )
}
