import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getPartner } from "@/lib/data/partners"
import { t } from "@/lib/messages"
import { PartnerTemplate } from "@/modules/partners/templates/partner-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const partner = await getPartner((await params).handle).catch(() => null)
  return { title: partner?.name ?? t("partners.notFound") }
}

export default async function PartnerPage({ params }: Props) {
  const partner = await getPartner((await params).handle)
  if (!partner) notFound()
  return <PartnerTemplate partner={partner} />
}
