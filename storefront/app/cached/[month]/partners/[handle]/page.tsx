import type { Metadata } from "next"
import { PartnerPage, partnerMetadata } from "@/modules/partners/templates/partner-page"
import { pageMonth } from "../../month"

// Rendered on first request, then served from the cache (see ../../month.ts); 300 = REVALIDATE.default
export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ month: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return partnerMetadata((await params).handle)
}

export default async function Page({ params }: Props) {
  const { month, handle } = await params
  return <PartnerPage handle={handle} month={pageMonth(month)} />
}
