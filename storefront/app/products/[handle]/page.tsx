import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AddToCartForm } from "@/components/product/add-to-cart-form"
import { ProductPhotos } from "@/components/product/product-picture"
import { Certificates } from "@/components/provenance/certificates"
import { kindLabel } from "@/components/provenance/partner-card"
import { getPartner, getProduct, type StoreProduct } from "@/lib/data/catalog"
import {
  formatChineseDate,
  formatYuan,
  harvestWindow,
  pricePerJinFen,
  type StockState,
  stockState,
  variantPriceFen,
} from "@/lib/catalog/produce"
import { t } from "@/lib/messages"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).handle).catch(() => null)
  return product
    ? { title: product.title, description: product.subtitle ?? undefined }
    : { title: t("product.notFound") }
}

function stockLabel(state: StockState): string {
  switch (state.kind) {
    case "sold_out":
      return t("product.soldOut")
    case "low":
      return t("product.low", { count: state.quantity })
    case "presale":
      return t("product.presale", { date: formatChineseDate(state.shipsFrom) })
    default:
      return t("product.inStock")
  }
}

function VariantChoices({ product }: { product: StoreProduct }) {
  const variants = product.variants ?? []
  const states = variants.map((v) => stockState(product, v))
  const firstAvailable = states.findIndex((s) => s.kind !== "sold_out")
  return (
    <fieldset className="variants">
      <legend>{t("product.variants")}</legend>
      {variants.map((variant, i) => {
        const price = variantPriceFen(variant)
        const perJin = price === null ? null : pricePerJinFen(price, variant)
        const state = states[i]
        const soldOut = state.kind === "sold_out"
        const id = `variant-${variant.id}`
        return (
          <div
            key={variant.id}
            className={`variant${soldOut ? " variant-soldout" : ""}`}
            data-testid="variant"
            data-variant-title={variant.title}
            data-stock={state.kind}
          >
            <input
              type="radio"
              name="variant_id"
              id={id}
              value={variant.id}
              disabled={soldOut}
              defaultChecked={i === firstAvailable}
              required
            />
            <label htmlFor={id}>
              <span className="variant-title">{variant.title}</span>
              {price !== null && (
                <span className="variant-price" data-testid="variant-price">
                  {formatYuan(price)}
                </span>
              )}
              {perJin !== null && (
                <span className="variant-per-jin" data-testid="variant-per-jin">
                  {t("product.perJin", { price: formatYuan(perJin) })}
                </span>
              )}
              <span className={`stock stock-${state.kind}`} data-testid="variant-stock">
                {stockLabel(state)}
              </span>
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const product = await getProduct(handle)
  if (!product) notFound()
  const partner = product.partner
  const profile = partner ? await getPartner(partner.handle).catch(() => null) : null
  const window = harvestWindow(product)
  const available = (product.variants ?? []).some((v) => stockState(product, v).kind !== "sold_out")
  const story = profile?.story ?? partner?.summary

  return (
    <article className="product" data-testid="product">
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/products">{t("layout.products")}</Link>
          </li>
          {partner?.town && (
            <li>
              <Link href={`/towns/${partner.town.handle}`}>{partner.town.name}</Link>
            </li>
          )}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="product-top">
        <div className="product-media">
          <ProductPhotos product={product} />
        </div>
        <div className="product-buy">
          <h1>{product.title}</h1>
          {product.subtitle && <p className="lead">{product.subtitle}</p>}
          <AddToCartForm
            disabled={!available}
            labels={{
              submit: available ? t("product.addToCart") : t("product.soldOutAll"),
              adding: t("product.adding"),
              viewCart: t("product.viewCart"),
            }}
          >
            <VariantChoices product={product} />
            <div className="field quantity">
              <label htmlFor="quantity">{t("product.quantity")}</label>
              <input
                id="quantity"
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={99}
                defaultValue={1}
                required
              />
            </div>
          </AddToCartForm>
          <dl className="facts">
            <dt>{t("product.storage")}</dt>
            <dd>
              {product.metadata?.storage === "cold_chain"
                ? t("product.storageCold")
                : t("product.storageAmbient")}
            </dd>
            {product.metadata?.shelf_life && (
              <>
                <dt>{t("product.shelfLife")}</dt>
                <dd>{product.metadata.shelf_life}</dd>
              </>
            )}
          </dl>
        </div>
      </div>

      {partner && (
        <section
          className="card provenance"
          aria-labelledby="provenance-heading"
          data-testid="provenance"
        >
          <h2 id="provenance-heading">{t("product.provenance")}</h2>
          <dl className="facts">
            <dt>{t("product.partner")}</dt>
            <dd>
              <Link href={`/partners/${partner.handle}`} data-testid="partner-link">
                {partner.name}
              </Link>
              <span className="muted">（{kindLabel(partner.kind)}）</span>
            </dd>
            {partner.town && (
              <>
                <dt>{t("product.town")}</dt>
                <dd>
                  <Link href={`/towns/${partner.town.handle}`} data-testid="town-link">
                    {partner.town.name}
                  </Link>
                </dd>
              </>
            )}
            {partner.village && (
              <>
                <dt>{t("product.village")}</dt>
                <dd>{partner.village.name}</dd>
              </>
            )}
            {window && (
              <>
                <dt>{t("product.harvest")}</dt>
                <dd>{t("product.harvestWindow", { window })}</dd>
              </>
            )}
            {!!partner.households_involved && (
              <>
                <dt>{t("product.households")}</dt>
                <dd>{t("product.householdsValue", { count: partner.households_involved })}</dd>
              </>
            )}
          </dl>
          {!!partner.certificates?.length && (
            <>
              <h3>{t("partners.certificates")}</h3>
              <Certificates certificates={partner.certificates} />
            </>
          )}
          {story && (
            <>
              <h3>{t("partners.story")}</h3>
              <p className="story">{story}</p>
            </>
          )}
        </section>
      )}

      {product.description && (
        <section aria-labelledby="details-heading" className="section">
          <h2 id="details-heading">{t("product.details")}</h2>
          <p>{product.description}</p>
        </section>
      )}
    </article>
  )
}
