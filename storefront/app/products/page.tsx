import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { catalogRedirect, parseCatalogQuery } from "@/lib/catalog/listing"
import { t } from "@/lib/messages"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("catalog.title") }

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  // The filter form (a plain GET form, no JavaScript) sends empty fields and defaults: answer with the short URL.
  const canonical = catalogRedirect(params)
  if (canonical) redirect(canonical)
  return <CatalogTemplate query={parseCatalogQuery(params)} />
}
