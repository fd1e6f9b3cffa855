import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTown } from "@/lib/data/towns"
import { t } from "@/lib/messages"
import { TownTemplate } from "./town-template"

/** A town page's title. */
export async function townMetadata(handle: string): Promise<Metadata> {
  const town = await getTown(handle).catch(() => null)
  return { title: town?.name ?? t("towns.notFound") }
}

/** A town page's read and body (app/towns/[handle] and its cached route). */
export async function TownPage({ handle, month }: { handle: string; month: number }) {
  const town = await getTown(handle)
  if (!town) notFound()
  return <TownTemplate town={town} month={month} />
}
