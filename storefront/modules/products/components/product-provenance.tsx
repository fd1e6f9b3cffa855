import Link from "next/link"
import type { StoreProductPartner } from "@http/provenance"
import { t } from "@/lib/messages"
import { Certificates } from "@/modules/partners/components/certificates"
import { kindLabel } from "@/modules/partners/components/partner-card"

/** 产地溯源: the product's partner, town, village, harvest window, households, certificates and story. */
export function ProductProvenance({
  partner,
  harvest,
  story,
}: {
  partner: StoreProductPartner
  /** the harvest window ("8–10 月"), if known */
  harvest: string | null
  /** the partner's story, else its summary */
  story: string | null | undefined
}) {
  return (
    <section
      className="card provenance"
      aria-labelledby="provenance-heading"
      data-testid="provenance"
    >
      <h2 id="provenance-heading">{t("product.provenance")}</h2>
      <dl className="facts">
        <dt>{t("product.partner")}</dt>
        <dd>
          <Link href={`/partners/${partner.handle}`} data-testid="partner-link">
            {partner.name}
          </Link>
          <span className="muted">（{kindLabel(partner.kind)}）</span>
        </dd>
        {partner.town && (
          <>
            <dt>{t("product.town")}</dt>
            <dd>
              <Link href={`/towns/${partner.town.handle}`} data-testid="town-link">
                {partner.town.name}
              </Link>
            </dd>
          </>
        )}
        {partner.village && (
          <>
            <dt>{t("product.village")}</dt>
            <dd>{partner.village.name}</dd>
          </>
        )}
        {harvest && (
          <>
            <dt>{t("product.harvest")}</dt>
            <dd>{t("product.harvestWindow", { window: harvest })}</dd>
          </>
        )}
        {!!partner.households_involved && (
          <>
            <dt>{t("product.households")}</dt>
            <dd>{t("product.householdsValue", { count: partner.households_involved })}</dd>
          </>
        )}
      </dl>
      {!!partner.certificates?.length && (
        <>
          <h3>{t("partners.certificates")}</h3>
          <Certificates certificates={partner.certificates} />
        </>
      )}
      {story && (
        <>
          <h3>{t("partners.story")}</h3>
          <p className="story">{story}</p>
        </>
      )}
    </section>
  )
}
