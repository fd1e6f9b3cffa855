import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { catalogRedirect, parseCatalogQuery } from "@/lib/catalog/listing"
import { chinaMonth } from "@shared/china-time"
import { t } from "@/lib/messages"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

// A query in its short form is served from the cache through proxy.ts (app/cached/[month]/catalog);
// this route answers the long forms (a redirect) and renders per request otherwise.
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
  return <CatalogTemplate query={parseCatalogQuery(params)} month={chinaMonth()} />
}
