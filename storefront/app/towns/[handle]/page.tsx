import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTown } from "@/lib/data/towns"
import { t } from "@/lib/messages"
import { TownTemplate } from "@/modules/towns/templates/town-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await getTown((await params).handle).catch(() => null)
  return { title: town?.name ?? t("towns.notFound") }
}

export default async function TownPage({ params }: Props) {
  const town = await getTown((await params).handle)
  if (!town) notFound()
  return <TownTemplate town={town} />
}
