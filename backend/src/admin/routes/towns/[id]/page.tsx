import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Link, type UIMatch, useNavigate, useParams } from "react-router-dom"
import { ActiveBadge, KindBadge } from "../../../components/badges"
import { TownCrumb } from "../../../components/crumbs"
import { EmptyState, PageQueryState } from "../../../components/query-state"
import { TownFormFields, townToForm, useTownForm } from "../../../components/town-form"
import { useT } from "../../../i18n/use-t"
import { provenanceApi, queryKeys } from "../../../lib/api"
import { useNotify } from "../../../lib/notify"
import type { Town, TownBody } from "../../../lib/types"

/** Editable fields of the town; remounted (reset) whenever the saved town changes. */
const TownEditForm = ({ town }: { town: Town }) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()

  const mutation = useMutation({
    mutationFn: (body: TownBody) => provenanceApi.updateTown(town.id, body),
    onSuccess: async (data) => {
      queryClient.setQueryData(queryKeys.town(town.id), data)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.towns }),
        queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
      ])
      notify.success("town.updated")
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  const form = useTownForm(
    () => townToForm(town, t("common.listSeparator")),
    "edit",
    (body) => mutation.mutate(body)
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-4 py-4 sm:px-6">
        <Heading level="h2">{t("town.sections.edit")}</Heading>
      </div>
      <form onSubmit={form.onSubmit} noValidate data-testid="town-edit-form">
        <div className="px-4 py-4 sm:px-6">
          <TownFormFields
            mode="edit"
            values={form.values}
            errors={form.errors}
            onChange={form.onChange}
            disabled={mutation.isPending}
          />
        </div>
        <div className="border-ui-border-base flex justify-end border-t px-4 py-4 sm:px-6">
          <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="town-save">
            {t("common.save")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

const TownDetailPage = () => {
  const t = useT()
  const navigate = useNavigate()
  const { id = "" } = useParams()
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: queryKeys.town(id),
    queryFn: () => provenanceApi.getTown(id),
    enabled: !!id,
  })

  if (isLoading || error || !data) {
    return (
      <PageQueryState
        isLoading={isLoading}
        error={error ?? t("town.notFound")}
        onRetry={() => refetch()}
      />
    )
  }

  const { town } = data
  const partners = town.partners ?? []

  return (
    <div className="flex flex-col gap-y-3" data-testid="town-detail">
      <Container className="flex flex-col gap-y-2 px-4 py-4 sm:px-6">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h1" data-testid="town-detail-name">
            {town.name}
          </Heading>
          {town.district ? <Badge size="2xsmall">{town.district}</Badge> : null}
        </div>
        <Text size="small" className="text-ui-fg-subtle break-all">
          {t("town.subtitle", { pinyin: town.name_pinyin, handle: town.handle })}
        </Text>
        {town.summary ? (
          <Text size="small" className="text-ui-fg-subtle">
            {town.summary}
          </Text>
        ) : null}
      </Container>

      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <TownEditForm key={`${town.id}:${town.updated_at ?? ""}`} town={town} />

          <Container className="divide-y p-0">
            <div className="px-4 py-4 sm:px-6">
              <Heading level="h2">{t("town.sections.partners")}</Heading>
            </div>
            {partners.length === 0 ? (
              <EmptyState message={t("town.noPartners")} />
            ) : (
              <div className="overflow-x-auto">
                <Table className="min-w-[520px]" data-testid="town-partners-table">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("town.partnerColumns.name")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("town.partnerColumns.kind")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">
                        {t("town.partnerColumns.households")}
                      </Table.HeaderCell>
                      <Table.HeaderCell>{t("town.partnerColumns.status")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {partners.map((partner) => (
                      <Table.Row
                        key={partner.id}
                        className="cursor-pointer"
                        onClick={() => navigate(`/partners/${partner.id}`)}
                      >
                        <Table.Cell className="whitespace-nowrap">
                          <Link
                            to={`/partners/${partner.id}`}
                            className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
                            onClick={(event) => event.stopPropagation()}
                          >
                            {partner.name}
                          </Link>
                        </Table.Cell>
                        <Table.Cell>
                          <KindBadge kind={partner.kind} />
                        </Table.Cell>
                        <Table.Cell className="text-right tabular-nums">
                          {partner.households_involved ?? 0}
                        </Table.Cell>
                        <Table.Cell>
                          <ActiveBadge active={partner.is_active} />
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </Container>
        </div>

        <Container className="divide-y p-0 xl:w-[360px] xl:shrink-0">
          <div className="flex items-center justify-between px-4 py-4 sm:px-6">
            <Heading level="h2">{t("town.sections.villages")}</Heading>
            <Text size="small" className="text-ui-fg-muted tabular-nums">
              {town.villages.length}
            </Text>
          </div>
          <div className="flex flex-wrap gap-2 px-4 py-4 sm:px-6" data-testid="town-village-list">
            {town.villages.length === 0 ? (
              <Text size="small" className="text-ui-fg-muted">
                {t("town.noVillages")}
              </Text>
            ) : (
              town.villages.map((village) => (
                <Badge key={village.id} size="small">
                  {village.name}
                </Badge>
              ))
            )}
          </div>
        </Container>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <TownCrumb id={params.id ?? ""} />,
}

export default TownDetailPage
