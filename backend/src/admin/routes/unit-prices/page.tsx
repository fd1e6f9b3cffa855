import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { formatYuan } from "../../../shared/money"
import type { AdminUnitPriceProduct } from "../../../types/http/unit-prices"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable } from "../../components/data-table"
import { ListPage, ListSearch } from "../../components/list-page"
import { TierSummary } from "../../components/unit-prices/tier-summary"
import {
  type UnitPriceTarget,
  UnitPriceDrawer,
} from "../../components/unit-prices/unit-price-drawer"
import { useUnitPrices } from "../../hooks/api/unit-prices"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.unitPrices",
  translationNs: "meixian",
  icon: Tag,
})

export const handle = crumbHandle("nav.unitPrices")

/** A row of the table: one variant, its product named on the product's first row. */
type VariantRow = UnitPriceTarget & { id: string; first: boolean }

const rowsOf = (products: AdminUnitPriceProduct[] | undefined): VariantRow[] | undefined =>
  products?.flatMap((product) =>
    product.variants.map((variant, i) => ({ id: variant.id, product, variant, first: i === 0 }))
  )

const columns = (
  t: TranslateFn,
  onEdit: (row: VariantRow) => void
): DataTableColumn<VariantRow>[] => [
  {
    key: "product",
    header: t("unitPrice.columns.product"),
    className: "max-w-[220px] truncate font-medium",
    title: (row) => row.product.title,
    cell: (row) => (row.first ? row.product.title : null),
  },
  {
    key: "variant",
    header: t("unitPrice.columns.variant"),
    className: "whitespace-nowrap",
    cell: (row) => row.variant.title ?? t("common.none"),
  },
  {
    key: "sku",
    header: t("unitPrice.columns.sku"),
    className: "whitespace-nowrap font-mono",
    cell: (row) => row.variant.sku ?? t("common.none"),
  },
  {
    key: "retail",
    header: t("unitPrice.columns.retail"),
    align: "right",
    cell: (row) =>
      row.variant.retail_price ? formatYuan(row.variant.retail_price) : t("unitPrice.noRetail"),
  },
  {
    key: "tiers",
    header: t("unitPrice.columns.tiers"),
    cell: (row) => <TierSummary t={t} tiers={row.variant.tiers} />,
  },
  {
    key: "edit",
    header: "",
    align: "right",
    cell: (row) => (
      <Button
        type="button"
        size="small"
        variant="secondary"
        onClick={() => onEdit(row)}
        data-testid="unit-price-edit"
      >
        {t("unitPrice.edit")}
      </Button>
    ),
  },
]

/** 单位价格: every product's variants with retail price and unit tiers; a drawer sets a variant's tiers. */
const UnitPricesPage = () => {
  const t = useT()
  const list = useListParams()
  const [editing, setEditing] = useState<UnitPriceTarget | null>(null)
  const { data, ...query } = useUnitPrices(list.query, { placeholderData: keepPreviousData })

  return (
    <ListPage title={t("unitPrice.listTitle")} subtitle={t("unitPrice.listSubtitle")}>
      <div className="px-4 py-3 sm:px-6">
        <ListSearch
          list={list}
          placeholder={t("unitPrice.searchPlaceholder")}
          testId="unit-prices-search"
        />
      </div>
      <DataTable
        {...listTable<VariantRow>("unit-prices", {
          minWidth: "min-w-[880px]",
          columns: (tr) => columns(tr, setEditing),
          empty: "unitPrice.empty",
          rowProps: (row) => ({
            "data-testid": "unit-prices-table-row",
            "data-variant": row.variant.id,
            "data-sku": row.variant.sku ?? "",
          }),
        })}
        query={query}
        rows={rowsOf(data?.products)}
        page={list.paging(data?.count)}
      />
      <UnitPriceDrawer target={editing} onClose={() => setEditing(null)} />
    </ListPage>
  )
}

export default UnitPricesPage
