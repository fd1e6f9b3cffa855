import { useQuery } from "@tanstack/react-query"
import { type MessageKey, useT } from "../i18n/use-t"
import { provenanceApi, queryKeys } from "../lib/api"

/** A translated breadcrumb label (route `handle.breadcrumb`). */
export const Crumb = ({ k }: { k: MessageKey }) => {
  const t = useT()
  return <>{t(k)}</>
}

/** Breadcrumb of /towns/:id: the town's name once loaded (shares the page's query cache). */
export const TownCrumb = ({ id }: { id: string }) => {
  const { data } = useQuery({
    queryKey: queryKeys.town(id),
    queryFn: () => provenanceApi.getTown(id),
  })
  return <>{data?.town.name ?? id}</>
}

/** Breadcrumb of /partners/:id: the partner's name once loaded. */
export const PartnerCrumb = ({ id }: { id: string }) => {
  const { data } = useQuery({
    queryKey: queryKeys.partner(id),
    queryFn: () => provenanceApi.getPartner(id),
  })
  return <>{data?.partner.name ?? id}</>
}
