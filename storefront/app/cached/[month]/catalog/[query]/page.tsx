import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { parseCatalogQuery } from "@/lib/catalog/listing"
import { t } from "@/lib/messages"
import { catalogParams } from "@/lib/page-cache/paths"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"
import { pageMonth } from "../../month"

// Rendered on first request, then served from the cache (see ../../month.ts); 300 = REVALIDATE.default
export const revalidate = 300
export const generateStaticParams = () => []

export const metadata: Metadata = { title: t("catalog.title") }

type Props = { params: Promise<{ month: string; query: string }> }

export default async function Page({ params }: Props) {
  const { month, query } = await params
  const catalog = catalogParams(decodeURIComponent(query))
  if (!catalog) notFound()
  return <CatalogTemplate query={parseCatalogQuery(catalog)} month={pageMonth(month)} />
}
