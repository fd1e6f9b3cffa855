import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getPartner } from "@/lib/data/partners"
import { t } from "@/lib/messages"
import { PartnerTemplate } from "./partner-template"

/** A partner page's title. */
export async function partnerMetadata(handle: string): Promise<Metadata> {
  const partner = await getPartner(handle).catch(() => null)
  return { title: partner?.name ?? t("partners.notFound") }
}

/** A partner page's read and body (app/partners/[handle] and its cached route). */
export async function PartnerPage({ handle, month }: { handle: string; month: number }) {
  const partner = await getPartner(handle)
  if (!partner) notFound()
  return <PartnerTemplate partner={partner} month={month} />
}
