import type { Metadata } from "next"
import { chinaMonth } from "@shared/china-time"
import { PartnerPage, partnerMetadata } from "@/modules/partners/templates/partner-page"

// Served from the cache through proxy.ts (app/cached/[month]/partners); per request otherwise.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return partnerMetadata((await params).handle)
}

export default async function Page({ params }: Props) {
  return <PartnerPage handle={(await params).handle} month={chinaMonth()} />
}
