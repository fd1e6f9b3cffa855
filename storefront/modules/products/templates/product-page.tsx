import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getPartner } from "@/lib/data/partners"
import { getProduct } from "@/lib/data/products"
import { t } from "@/lib/messages"
import { ProductTemplate } from "./product-template"

/** A product page's title and description. */
export async function productMetadata(handle: string): Promise<Metadata> {
  const product = await getProduct(handle).catch(() => null)
  return product
    ? { title: product.title, description: product.subtitle ?? undefined }
    : { title: t("product.notFound") }
}

/** A product page's reads and body (app/products/[handle] and its cached route). */
export async function ProductPage({ handle }: { handle: string }) {
  const product = await getProduct(handle)
  if (!product) notFound()
  // the partner's profile tells its story; the product page does without it if it cannot be read
  const profile = product.partner
    ? await getPartner(product.partner.handle).catch(() => null)
    : null
  return <ProductTemplate product={product} profile={profile} />
}
