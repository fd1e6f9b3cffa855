import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { type UIMatch, useParams } from "react-router-dom"
import type { AdminTownResponse } from "../../../../types/http"
import { ActiveBadge, KindBadge } from "../../../components/badges"
import { TownCrumb } from "../../../components/crumbs"
import { DataTable, RowLink } from "../../../components/data-table"
import { DetailPage, DetailSection, EditFormSection } from "../../../components/detail"
import { TownFormFields, useTownForm } from "../../../components/towns/town-form"
import { townFormToUpdateBody, townToForm } from "../../../components/towns/town-form-schema"
import { useTown, useUpdateTown } from "../../../hooks/api/towns"
import { useT } from "../../../i18n/use-t"
import { useFormSubmit } from "../../../lib/forms"
import { useNotify } from "../../../lib/notify"

type Town = AdminTownResponse["town"]

/** Editable fields of the town; remounted (reset) whenever the saved town changes. */
const TownEditForm = ({ town }: { town: Town }) => {
  const t = useT()
  const notify = useNotify()
  const update = useUpdateTown(town.id, {
    onSuccess: () => notify.success("town.updated"),
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const form = useTownForm("edit", () => townToForm(town, t("common.listSeparator")))
  const onSubmit = useFormSubmit(form, (values) => update.mutate(townFormToUpdateBody(values)))

  return (
    <EditFormSection
      title={t("town.sections.edit")}
      onSubmit={onSubmit}
      pending={update.isPending}
      testId="town-edit-form"
      saveTestId="town-save"
    >
      <TownFormFields form={form} mode="edit" disabled={update.isPending} />
    </EditFormSection>
  )
}

/** The town's partners: kind, households and whether they are active. */
const TownPartners = ({ town }: { town: Town }) => {
  const t = useT()
  return (
    <DetailSection title={t("town.sections.partners")}>
      <DataTable
        hideHeaderWhenEmpty
        rows={town.partners}
        href={(partner) => `/partners/${partner.id}`}
        minWidth="min-w-[520px]"
        testId="town-partners-table"
        empty="town.noPartners"
        columns={[
          {
            key: "name",
            header: t("town.partnerColumns.name"),
            className: "whitespace-nowrap",
            cell: (partner) => <RowLink to={`/partners/${partner.id}`}>{partner.name}</RowLink>,
          },
          {
            key: "kind",
            header: t("town.partnerColumns.kind"),
            cell: (partner) => <KindBadge kind={partner.kind} />,
          },
          {
            key: "households",
            header: t("town.partnerColumns.households"),
            align: "right",
            cell: (partner) => partner.households_involved ?? 0,
          },
          {
            key: "status",
            header: t("town.partnerColumns.status"),
            cell: (partner) => <ActiveBadge active={partner.is_active} />,
          },
        ]}
      />
    </DetailSection>
  )
}

const TownDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = useTown(id)

  return (
    <DetailPage query={query} notFound={t("town.notFound")}>
      {({ town }) => (
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
              <TownEditForm key={`${town.id}:${town.updated_at}`} town={town} />
              <TownPartners town={town} />
            </div>

            <DetailSection
              title={t("town.sections.villages")}
              aside={town.villages.length}
              className="xl:w-[360px] xl:shrink-0"
            >
              <div
                className="flex flex-wrap gap-2 px-4 py-4 sm:px-6"
                data-testid="town-village-list"
              >
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
            </DetailSection>
          </div>
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <TownCrumb id={params.id ?? ""} />,
}

export default TownDetailPage
