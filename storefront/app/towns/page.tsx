import type { Metadata } from "next"
import { listTowns } from "@/lib/data/towns"
import { t } from "@/lib/messages"
import { TownsTemplate } from "@/modules/towns/templates/towns-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("towns.title") }

export default async function TownsPage() {
  return <TownsTemplate towns={await listTowns().catch(() => null)} />
}
