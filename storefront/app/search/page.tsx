import type { Metadata } from "next"
import { t } from "@/lib/messages"
import { SearchTemplate } from "@/modules/search/templates/search-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("search.title"), robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  return (
    <SearchTemplate
      q={first(params.q)?.trim().slice(0, 100) ?? ""}
      town={first(params.town)?.trim() || undefined}
      page={Math.max(1, Number.parseInt(first(params.page) ?? "1", 10) || 1)}
    />
  )
}
