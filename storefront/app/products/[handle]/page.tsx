import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/modules/products/templates/product-page"

// Served from the cache through proxy.ts (app/cached/[month]/products); per request otherwise.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata((await params).handle)
}

export default async function Page({ params }: Props) {
  return <ProductPage handle={(await params).handle} />
}
