import type { Metadata } from "next"
import { chinaMonth } from "@shared/china-time"
import { TownPage, townMetadata } from "@/modules/towns/templates/town-page"

// Served from the cache through proxy.ts (app/cached/[month]/towns); per request otherwise.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return townMetadata((await params).handle)
}

export default async function Page({ params }: Props) {
  return <TownPage handle={(await params).handle} month={chinaMonth()} />
}
