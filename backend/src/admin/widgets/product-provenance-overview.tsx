import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Label, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataTable, paging } from "../components/data-table"
import { useProductProvenance } from "../hooks/api/product-provenance"
import { useT } from "../i18n/use-t"

const PAGE_SIZE = 10

/**
 * Above the product list: every product's partner and town, and how many
 * products have no partner yet (their sales could not be credited to a town).
 */
const ProductProvenanceOverview = () => {
  const t = useT()
  const [onlyUnassigned, setOnlyUnassigned] = useState(false)
  const [pageIndex, setPageIndex] = useState(0)
  const query = useProductProvenance({
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
    ...(onlyUnassigned ? { unassigned: "true" as const } : {}),
  })
  const { data } = query

  return (
    <Container className="divide-y p-0" data-testid="product-provenance-overview">
      <div className="flex flex-wrap items-start justify-between gap-3 px-4 py-4 sm:px-6">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("overview.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("overview.description")}
          </Text>
        </div>
        {data ? (
          <Badge
            size="small"
            color={data.unassigned_count ? "orange" : "green"}
            data-testid="product-provenance-unassigned"
          >
            {data.unassigned_count
              ? t("overview.unassigned", { count: data.unassigned_count })
              : t("overview.allAssigned")}
          </Badge>
        ) : null}
      </div>
      <div className="flex items-center gap-x-2 px-4 py-3 sm:px-6">
        <Switch
          id="product-provenance-only-unassigned"
          checked={onlyUnassigned}
          onCheckedChange={(checked) => {
            setOnlyUnassigned(checked)
            setPageIndex(0)
          }}
        />
        <Label htmlFor="product-provenance-only-unassigned" size="small">
          {t("overview.onlyUnassigned")}
        </Label>
      </div>
      <DataTable
        hideHeaderWhenEmpty
        query={query}
        rows={data?.products}
        rowProps={() => ({ "data-testid": "product-provenance-row" })}
        minWidth="min-w-[480px]"
        testId="product-provenance-table"
        empty="common.empty"
        page={paging(data?.count, pageIndex, setPageIndex, PAGE_SIZE)}
        columns={[
          {
            key: "product",
            header: t("overview.product"),
            cell: (product) => (
              <Link
                to={`/products/${product.id}`}
                className="text-ui-fg-interactive hover:underline"
              >
                {product.title}
              </Link>
            ),
          },
          {
            key: "partner",
            header: t("overview.partner"),
            cell: ({ partner }) =>
              partner ? (
                <Link to={`/partners/${partner.id}`} className="hover:underline">
                  {partner.name}
                </Link>
              ) : (
                <Badge size="2xsmall" color="orange">
                  {t("overview.noPartner")}
                </Badge>
              ),
          },
          {
            key: "town",
            header: t("overview.town"),
            cell: ({ partner }) => partner?.town?.name ?? t("common.none"),
          },
        ]}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default ProductProvenanceOverview
