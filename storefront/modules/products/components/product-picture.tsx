import type { StoreProduct } from "@/lib/catalog/types"
import { t } from "@/lib/messages"
import { ProductIllustration } from "./illustration"

// The photos are plain <img> elements on purpose: their src is the backend's own file URL as
// uploaded in the admin (the browser tests read it back), which next/image would rewrite to
// /_next/image; they carry their size, lazy loading and async decoding themselves.

/** The product's photos uploaded in the admin, in their order; the thumbnail first if it is not among them. */
export function photosOf(product: StoreProduct): string[] {
  const images = [...(product.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
  const all =
    product.thumbnail && !images.includes(product.thumbnail)
      ? [product.thumbnail, ...images]
      : images
  return all.filter(Boolean)
}

/** A product card's picture: its thumbnail (or first photo), else the generated illustration. Decorative: the title is beside it. */
export function ProductPicture({ product }: { product: StoreProduct }) {
  const [photo] = photosOf(product)
  if (!photo) return <ProductIllustration product={product} />
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the uploaded photo's own URL (see above)
    <img
      src={photo}
      alt=""
      className="product-photo"
      width={400}
      height={300}
      loading="lazy"
      decoding="async"
    />
  )
}

/** The product page's pictures: every photo, or the illustration marked as such when there is none. */
export function ProductPhotos({ product }: { product: StoreProduct }) {
  const photos = photosOf(product)
  if (!photos.length) {
    return (
      <>
        <ProductIllustration product={product} size="hero" />
        <p className="muted small">{t("product.illustrationNote")}</p>
      </>
    )
  }
  const [main, ...more] = photos
  return (
    <div className="product-photos" data-testid="product-photos">
      {/* eslint-disable-next-line @next/next/no-img-element -- the uploaded photo's own URL (see above) */}
      <img
        src={main}
        alt={t("product.photoAlt", { title: product.title, n: 1 })}
        className="product-photo"
        width={800}
        height={600}
      />
      {more.length > 0 && (
        <ul className="product-photo-strip">
          {more.map((url, i) => (
            <li key={url}>
              {/* eslint-disable-next-line @next/next/no-img-element -- the uploaded photo's own URL (see above) */}
              <img
                src={url}
                alt={t("product.photoAlt", { title: product.title, n: i + 2 })}
                className="product-photo"
                width={200}
                height={150}
                loading="lazy"
                decoding="async"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
