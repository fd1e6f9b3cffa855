import { getImpact } from "@/lib/data/impact"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"

/** "已帮扶销售 ¥…，惠及 … 个合作主体"; renders nothing when the route fails. */
export async function ImpactCounter() {
  const impact = await getImpact()
  if (!impact) return null
  return (
    <section className="impact" aria-labelledby="impact-heading" data-testid="impact-counter">
      <h2 id="impact-heading" className="impact-heading">
        {t("home.impactHeading")}
      </h2>
      <p className="impact-line">
        {t("home.impactLine", {
          amount: formatYuan(impact.total),
          partners: impact.partners,
        })}
      </p>
      <p className="impact-sub">
        {t("home.impactHouseholds", { households: impact.households, orders: impact.orders })}
      </p>
    </section>
  )
}
