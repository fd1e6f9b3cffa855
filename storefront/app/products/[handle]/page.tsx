import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getPartner } from "@/lib/data/partners"
import { getProduct } from "@/lib/data/products"
import { t } from "@/lib/messages"
import { ProductTemplate } from "@/modules/products/templates/product-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).handle).catch(() => null)
  return product
    ? { title: product.title, description: product.subtitle ?? undefined }
    : { title: t("product.notFound") }
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const product = await getProduct(handle)
  if (!product) notFound()
  // the partner's profile tells its story; the product page does without it if it cannot be read
  const profile = product.partner
    ? await getPartner(product.partner.handle).catch(() => null)
    : null
  return <ProductTemplate product={product} profile={profile} />
}
