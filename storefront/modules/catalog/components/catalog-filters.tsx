import Link from "next/link"
import { categoryOptions } from "@/lib/catalog/categories"
import type { CatalogQuery, Sort } from "@/lib/catalog/listing"
import type { StoreCategory } from "@/lib/catalog/types"
import type { StoreTown } from "@http/provenance"
import { t } from "@/lib/messages"

const SORT_LABELS: Record<Sort, string> = {
  newest: t("catalog.sortNewest"),
  price_asc: t("catalog.sortPriceAsc"),
  price_desc: t("catalog.sortPriceDesc"),
}

/** A labelled select of the filter form, "全部" first. */
function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: "town" | "partner" | "category"
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t("catalog.all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The catalog's filters: town, partner, category, sort and in-season. A
 * plain GET form to /products, so it works without JavaScript.
 */
export function CatalogFilters({
  query,
  towns,
  partners,
  categories,
}: {
  query: CatalogQuery
  towns: StoreTown[]
  /** the partners that sell something (handle → name) */
  partners: Map<string, string>
  categories: StoreCategory[]
}) {
  return (
    <form
      method="get"
      action="/products"
      className="filters"
      aria-labelledby="filters-heading"
      data-testid="filters"
    >
      <h2 id="filters-heading" className="visually-hidden">
        {t("catalog.filtersHeading")}
      </h2>
      <FilterSelect
        name="town"
        label={t("catalog.town")}
        value={query.town}
        options={towns.map((town) => ({ value: town.handle, label: town.name }))}
      />
      <FilterSelect
        name="partner"
        label={t("catalog.partner")}
        value={query.partner}
        options={[...partners].map(([handle, name]) => ({ value: handle, label: name }))}
      />
      <FilterSelect
        name="category"
        label={t("catalog.category")}
        value={query.category}
        options={categoryOptions(categories).map((c) => ({ value: c.handle, label: c.label }))}
      />
      <div className="field">
        <label htmlFor="filter-sort">{t("catalog.sort")}</label>
        <select id="filter-sort" name="sort" defaultValue={query.sort}>
          {(Object.keys(SORT_LABELS) as Sort[]).map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input
          id="filter-season"
          type="checkbox"
          name="season"
          value="1"
          defaultChecked={query.season}
        />
        <label htmlFor="filter-season">{t("catalog.inSeason")}</label>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button">
          {t("catalog.apply")}
        </button>
        <Link href="/products" className="button button-quiet">
          {t("catalog.reset")}
        </Link>
      </div>
    </form>
  )
}
