import { useBulkOrder } from "../hooks/api/bulk-orders"
import { usePartner } from "../hooks/api/partners"
import { useRemittance } from "../hooks/api/remittances"
import { useTown } from "../hooks/api/towns"
import { useUnit } from "../hooks/api/units"
import { type MessageKey, useT } from "../i18n/use-t"

/** A translated breadcrumb label (route `handle.breadcrumb`). */
export const Crumb = ({ k }: { k: MessageKey }) => {
  const t = useT()
  return <>{t(k)}</>
}

/**
 * The `handle` of a page whose breadcrumb is a fixed label. Medusa merges the
 * page's `config.label` / `translationNs` into it (used for the page title);
 * `config` itself must stay a literal in each page, as Medusa reads
 * `translationNs` from the source.
 */
export const crumbHandle = (k: MessageKey) => ({ breadcrumb: () => <Crumb k={k} /> })

/** Breadcrumb of /towns/:id: the town's name once loaded (shares the page's query cache). */
export const TownCrumb = ({ id }: { id: string }) => {
  const { data } = useTown(id)
  return <>{data?.town.name ?? id}</>
}

/** Breadcrumb of /partners/:id: the partner's name once loaded. */
export const PartnerCrumb = ({ id }: { id: string }) => {
  const { data } = usePartner(id)
  return <>{data?.partner.name ?? id}</>
}

/** Breadcrumb of /units/:id: the unit's name once loaded. */
export const UnitCrumb = ({ id }: { id: string }) => {
  const { data } = useUnit(id)
  return <>{data?.unit.name ?? id}</>
}

/** Breadcrumb of /remittances/:id: the payer and amount once loaded. */
export const RemittanceCrumb = ({ id }: { id: string }) => {
  const { data } = useRemittance(id)
  return <>{data ? `${data.remittance.payer_name} ¥${data.remittance.amount}` : id}</>
}

/** Breadcrumb of /bulk-orders/:id: its reference once loaded. */
export const BulkOrderCrumb = ({ id }: { id: string }) => {
  const { data } = useBulkOrder(id)
  return <>{data?.bulk_order.reference ?? id}</>
}
