import { getImpact } from "@/lib/data/impact"
import { townShare } from "@/lib/catalog/aid"
import { t } from "@/lib/messages"

/**
 * A town's share of all aid sales, from the public impact figures. For a
 * partner (no public per-partner figure) it shows the share of its town.
 */
export async function AidShare({
  townHandle,
  partnerOf,
}: {
  townHandle: string
  partnerOf?: boolean
}) {
  const impact = await getImpact()
  if (!impact) return null
  const share = townShare(impact, townHandle)
  if (!share) return null
  const text =
    share.amountFen === 0
      ? t("towns.aidNone", { name: share.name })
      : partnerOf
        ? t("partners.aidTownShare", { town: share.name, amount: share.amount, share: share.share })
        : t("towns.aidShare", { name: share.name, amount: share.amount, share: share.share })
  return (
    <section className="card aid-share" aria-labelledby="aid-heading" data-testid="aid-share">
      <h2 id="aid-heading">{partnerOf ? t("partners.aidHeading") : t("towns.aidHeading")}</h2>
      <p>{text}</p>
    </section>
  )
}
