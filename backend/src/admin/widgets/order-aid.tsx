import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text, clx } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import type { AidEntry } from "../../types/http"
import { EntryKindBadge } from "../components/aid/entry-kind-badge"
import { sumAmounts } from "../../shared/money"
import { yuanText } from "../components/aid/format"
import { EmptyState, ErrorState, LoadingState } from "../components/query-state"
import { useT } from "../i18n/use-t"
import { useAidEntries } from "../hooks/api/aid"

/** More entries than one order can have (a line gets a few: sale, edits, returns, refunds). */
const ORDER_ENTRY_LIMIT = 200

type PartnerGroup = {
  key: string
  id: string | null
  name: string | null
  net: string
  entries: AidEntry[]
}
type TownGroup = {
  key: string
  id: string | null
  name: string | null
  net: string
  partners: PartnerGroup[]
}

/** Net of some entries, exact to the fen, as a yuan string. */
const netOf = (entries: AidEntry[]) => sumAmounts(entries.map((entry) => entry.amount))

/** The order's entries by town, then partner (first appearance order), each with its net. */
const groupEntries = (entries: AidEntry[]): TownGroup[] => {
  const towns = new Map<
    string,
    { id: string | null; name: string | null; partners: Map<string, AidEntry[]> }
  >()
  // The API lists newest first; show the story of each line from its sale on.
  for (const entry of [...entries].reverse()) {
    const townKey = entry.town_id ?? ""
    const town = towns.get(townKey) ?? {
      id: entry.town_id,
      name: entry.town_name,
      partners: new Map(),
    }
    const partnerKey = entry.partner_id ?? ""
    town.partners.set(partnerKey, [...(town.partners.get(partnerKey) ?? []), entry])
    towns.set(townKey, town)
  }
  return Array.from(towns.entries()).map(([townKey, town]) => {
    const partners = Array.from(town.partners.entries()).map(([partnerKey, list]) => ({
      key: partnerKey,
      id: list[0].partner_id,
      name: list[0].partner_name,
      net: netOf(list),
      entries: list,
    }))
    return {
      key: townKey,
      id: town.id,
      name: town.name,
      net: netOf(partners.flatMap((partner) => partner.entries)),
      partners,
    }
  })
}

/** Order page side widget "帮扶归属": which towns and partners this order's aid was credited to. */
const OrderAidWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const t = useT()
  const { data, error, isLoading, refetch } = useAidEntries({
    order_id: order.id,
    limit: ORDER_ENTRY_LIMIT,
  })
  const entries = useMemo(() => data?.entries ?? [], [data])
  const groups = useMemo(() => groupEntries(entries), [entries])

  return (
    <Container className="divide-y p-0" data-testid="order-aid-widget">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("orderAid.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("orderAid.description")}
        </Text>
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState message={t("orderAid.empty")} />
      ) : (
        <>
          {groups.map((town) => (
            <div
              key={town.key}
              className="flex flex-col gap-y-3 px-6 py-4"
              data-testid="order-aid-town"
            >
              <div className="flex items-baseline justify-between gap-x-3">
                {town.id ? (
                  <Link
                    to={`/towns/${town.id}`}
                    className="text-ui-fg-base txt-compact-small-plus hover:text-ui-fg-interactive"
                  >
                    {town.name ?? t("aid.unassigned")}
                  </Link>
                ) : (
                  <Text size="small" weight="plus">
                    {t("aid.unassigned")}
                  </Text>
                )}
                <Text
                  size="small"
                  weight="plus"
                  className="tabular-nums"
                  data-testid="order-aid-town-net"
                >
                  {yuanText(t, town.net)}
                </Text>
              </div>
              {town.partners.map((partner) => (
                <div
                  key={partner.key}
                  className="border-ui-border-base flex flex-col gap-y-1.5 border-l-2 pl-3"
                  data-testid="order-aid-partner"
                >
                  <div className="flex items-baseline justify-between gap-x-3">
                    {partner.id ? (
                      <Link
                        to={`/partners/${partner.id}`}
                        className="text-ui-fg-interactive txt-compact-small min-w-0 break-words hover:underline"
                      >
                        {partner.name ?? t("aid.unassigned")}
                      </Link>
                    ) : (
                      <Text size="small">{t("aid.unassigned")}</Text>
                    )}
                    <Text size="small" className="shrink-0 tabular-nums" title={t("orderAid.net")}>
                      {yuanText(t, partner.net)}
                    </Text>
                  </div>
                  <ul className="flex flex-col gap-y-1">
                    {partner.entries.map((entry) => (
                      <li
                        key={entry.id}
                        className="flex items-center justify-between gap-x-2"
                        data-testid="order-aid-entry"
                      >
                        <div className="flex min-w-0 items-center gap-x-1.5">
                          <EntryKindBadge kind={entry.kind} />
                          <Text
                            size="xsmall"
                            className="text-ui-fg-subtle truncate"
                            title={entry.product_title ?? undefined}
                          >
                            {t("orderAid.entry", {
                              product: entry.product_title ?? t("common.none"),
                              quantity: entry.quantity,
                            })}
                          </Text>
                        </div>
                        <Text
                          size="xsmall"
                          className={clx(
                            "shrink-0 tabular-nums",
                            entry.amount.startsWith("-") && "text-ui-fg-error"
                          )}
                        >
                          {yuanText(t, entry.amount)}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
          <div className="flex items-baseline justify-between gap-x-3 px-6 py-4">
            <Text size="small" weight="plus">
              {t("orderAid.total")}
            </Text>
            <Text size="small" weight="plus" className="tabular-nums" data-testid="order-aid-total">
              {yuanText(t, netOf(entries))}
            </Text>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderAidWidget
