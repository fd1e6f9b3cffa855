import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/modules/products/templates/product-page"
import { pageMonth } from "../../month"

// Rendered on first request, then served from the cache (see ../../month.ts); 300 = REVALIDATE.default
export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ month: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).handle)
}

export default async function Page({ params }: Props) {
  const { month, handle } = await params
  pageMonth(month)
  return <ProductPage handle={handle} />
}
