import { Button, Container, Heading, Label, Switch, Table, Text, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, type UIMatch, useNavigate, useParams } from "react-router-dom"
import { ActiveBadge, KindBadge } from "../../../components/badges"
import { PartnerCrumb } from "../../../components/crumbs"
import { PartnerFormFields, partnerToForm, usePartnerForm } from "../../../components/partner-form"
import { EmptyState, PageQueryState } from "../../../components/query-state"
import { StaffSection } from "../../../components/farm/staff-section"
import { type MessageKey, useT } from "../../../i18n/use-t"
import { provenanceApi, queryKeys } from "../../../lib/api"
import { useNotify } from "../../../lib/notify"
import type { Partner, PartnerBody } from "../../../lib/types"

const PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const

/** Refreshes every list that shows partners after one changed. */
const useAfterPartnerChange = () => {
  const queryClient = useQueryClient()
  return async (partner: Partner) => {
    queryClient.setQueryData(queryKeys.partner(partner.id), { partner })
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.partners }),
      queryClient.invalidateQueries({ queryKey: queryKeys.towns }),
      queryClient.invalidateQueries({ queryKey: ["meixian", "product-partner"] }),
    ])
  }
}

/** 启用 switch; turning a partner off asks for confirmation first. */
const ActiveToggle = ({ partner }: { partner: Partner }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const afterChange = useAfterPartnerChange()
  const mutation = useMutation({
    mutationFn: (isActive: boolean) =>
      provenanceApi.updatePartner(partner.id, { is_active: isActive }),
    onSuccess: async (data) => {
      await afterChange(data.partner)
      notify.success(data.partner.is_active ? "partner.activated" : "partner.deactivated")
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  const onCheckedChange = async (checked: boolean) => {
    if (!checked) {
      const confirmed = await prompt({
        title: t("partner.deactivateTitle"),
        description: t("partner.deactivateDescription"),
        confirmText: t("common.confirm"),
        cancelText: t("common.cancel"),
      })
      if (!confirmed) return
    }
    mutation.mutate(checked)
  }

  return (
    <div className="flex items-center gap-x-2">
      <Switch
        id="partner-active-toggle"
        data-testid="partner-active-toggle"
        checked={partner.is_active}
        disabled={mutation.isPending}
        onCheckedChange={onCheckedChange}
      />
      <Label htmlFor="partner-active-toggle" size="small">
        {t("partner.activeToggle")}
      </Label>
    </div>
  )
}

/** All editable fields of the partner (activation has its own switch above). */
const PartnerEditForm = ({ partner }: { partner: Partner }) => {
  const t = useT()
  const notify = useNotify()
  const afterChange = useAfterPartnerChange()

  const mutation = useMutation({
    mutationFn: (body: PartnerBody) => provenanceApi.updatePartner(partner.id, body),
    onSuccess: async (data) => {
      form.reset(partnerToForm(data.partner))
      await afterChange(data.partner)
      notify.success("partner.updated")
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  // `is_active` is left to the switch so a save never undoes a toggle made meanwhile.
  const form = usePartnerForm(
    () => partnerToForm(partner),
    "edit",
    ({ is_active: _isActive, ...body }) => mutation.mutate(body)
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-4 py-4 sm:px-6">
        <Heading level="h2">{t("partner.sections.edit")}</Heading>
      </div>
      <form onSubmit={form.onSubmit} noValidate data-testid="partner-edit-form">
        <div className="px-4 py-4 sm:px-6">
          <PartnerFormFields
            values={form.values}
            errors={form.errors}
            onChange={form.onChange}
            disabled={mutation.isPending}
            showActive={false}
          />
        </div>
        <div className="border-ui-border-base flex justify-end border-t px-4 py-4 sm:px-6">
          <Button
            type="submit"
            size="small"
            isLoading={mutation.isPending}
            data-testid="partner-save"
          >
            {t("common.save")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

const OverviewRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-center gap-x-3 px-4 py-3 sm:px-6">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="text-ui-fg-base break-words">
      {children}
    </Text>
  </div>
)

const PartnerDetailPage = () => {
  const t = useT()
  const navigate = useNavigate()
  const { id = "" } = useParams()
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: queryKeys.partner(id),
    queryFn: () => provenanceApi.getPartner(id),
    enabled: !!id,
  })

  if (isLoading || error || !data) {
    return (
      <PageQueryState
        isLoading={isLoading}
        error={error ?? t("partner.notFound")}
        onRetry={() => refetch()}
      />
    )
  }

  const { partner } = data
  const products = partner.products ?? []
  const statusText = (status: string) =>
    (PRODUCT_STATUSES as readonly string[]).includes(status)
      ? t(`productStatus.${status}` as MessageKey)
      : status

  return (
    <div className="flex flex-col gap-y-3" data-testid="partner-detail">
      <Container className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1" className="break-words" data-testid="partner-detail-name">
              {partner.name}
            </Heading>
            <KindBadge kind={partner.kind} />
            <ActiveBadge active={partner.is_active} />
          </div>
          <Text size="small" className="text-ui-fg-subtle break-all">
            {partner.handle}
          </Text>
        </div>
        <ActiveToggle partner={partner} />
      </Container>

      <div className="flex flex-col gap-3 xl:flex-row-reverse xl:items-start">
        <div className="flex flex-col gap-3 xl:w-[360px] xl:shrink-0">
          <Container className="divide-y p-0" data-testid="partner-overview">
            <div className="px-4 py-4 sm:px-6">
              <Heading level="h2">{t("partner.sections.overview")}</Heading>
            </div>
            <OverviewRow label={t("partner.overview.town")}>
              {partner.town ? (
                <Link
                  to={`/towns/${partner.town.id}`}
                  className="text-ui-fg-interactive hover:underline"
                >
                  {partner.town.name}
                </Link>
              ) : (
                t("common.none")
              )}
            </OverviewRow>
            <OverviewRow label={t("partner.overview.village")}>
              {partner.village?.name ?? t("common.none")}
            </OverviewRow>
            <OverviewRow label={t("partner.overview.stockLocation")}>
              <span data-testid="partner-stock-location">
                {partner.stock_location?.name ?? t("common.none")}
              </span>
            </OverviewRow>
            <OverviewRow label={t("partner.overview.productCount")}>{products.length}</OverviewRow>
          </Container>
          <StaffSection partnerId={partner.id} />
        </div>

        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <PartnerEditForm key={partner.id} partner={partner} />

          <Container className="divide-y p-0">
            <div className="flex items-center justify-between px-4 py-4 sm:px-6">
              <Heading level="h2">{t("partner.sections.products")}</Heading>
              <Text size="small" className="text-ui-fg-muted tabular-nums">
                {products.length}
              </Text>
            </div>
            {products.length === 0 ? (
              <EmptyState message={t("partner.noProducts")} />
            ) : (
              <div className="overflow-x-auto">
                <Table className="min-w-[480px]" data-testid="partner-products-table">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("partner.productColumns.title")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("partner.productColumns.handle")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("partner.productColumns.status")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {products.map((product) => (
                      <Table.Row
                        key={product.id}
                        className="cursor-pointer"
                        onClick={() => navigate(`/products/${product.id}`)}
                      >
                        <Table.Cell>
                          <div className="flex items-center gap-x-3">
                            <div className="bg-ui-bg-component border-ui-border-base flex h-8 w-6 shrink-0 items-center justify-center overflow-hidden rounded border">
                              {product.thumbnail ? (
                                <img
                                  src={product.thumbnail}
                                  alt=""
                                  className="h-full w-full object-cover"
                                />
                              ) : null}
                            </div>
                            <Link
                              to={`/products/${product.id}`}
                              className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
                              onClick={(event) => event.stopPropagation()}
                            >
                              {product.title}
                            </Link>
                          </div>
                        </Table.Cell>
                        <Table.Cell className="whitespace-nowrap">{product.handle}</Table.Cell>
                        <Table.Cell className="whitespace-nowrap">
                          {statusText(product.status)}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </Container>
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <PartnerCrumb id={params.id ?? ""} />,
}

export default PartnerDetailPage
