import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Label, Switch, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Pagination } from "../components/pagination"
import { EmptyState, ErrorState, LoadingState } from "../components/query-state"
import { useT } from "../i18n/use-t"
import { provenanceApi, queryKeys } from "../lib/api"

const PAGE_SIZE = 10

/**
 * Above the product list: every product's partner and town, and how many
 * products have no partner yet (their sales could not be credited to a town).
 */
const ProductProvenanceOverview = () => {
  const t = useT()
  const [onlyUnassigned, setOnlyUnassigned] = useState(false)
  const [pageIndex, setPageIndex] = useState(0)
  const params = {
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
    ...(onlyUnassigned ? { unassigned: "true" as const } : {}),
  }
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: queryKeys.productProvenance(params),
    queryFn: () => provenanceApi.listProductProvenance(params),
  })

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
      {isLoading ? (
        <LoadingState />
      ) : error || !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : data.products.length === 0 ? (
        <EmptyState message={t("common.empty")} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="min-w-[480px]" data-testid="product-provenance-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("overview.product")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("overview.partner")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("overview.town")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.products.map((product) => (
                  <Table.Row key={product.id} data-testid="product-provenance-row">
                    <Table.Cell>
                      <Link
                        to={`/products/${product.id}`}
                        className="text-ui-fg-interactive hover:underline"
                      >
                        {product.title}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {product.partner ? (
                        <Link to={`/partners/${product.partner.id}`} className="hover:underline">
                          {product.partner.name}
                        </Link>
                      ) : (
                        <Badge size="2xsmall" color="orange">
                          {t("overview.noPartner")}
                        </Badge>
                      )}
                    </Table.Cell>
                    <Table.Cell>{product.partner?.town?.name ?? t("common.none")}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination
            count={data.count}
            pageIndex={pageIndex}
            pageSize={PAGE_SIZE}
            onPageChange={setPageIndex}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default ProductProvenanceOverview
