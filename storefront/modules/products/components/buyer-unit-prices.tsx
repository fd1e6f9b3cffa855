"use client"

import { createContext, type ReactNode, useContext } from "react"
import { useBuyerRead } from "@/modules/common/components/buyer-part"

const Prices = createContext<Record<string, ReactNode> | undefined>(undefined)

/**
 * A grid's unit prices for a signed-in member of a verified unit, read once
 * for the grid after the page is shown (`load`: a server action answering
 * each product's label, rendered on the server); nothing for anyone else.
 */
export function BuyerUnitPrices({
  load,
  children,
}: {
  load: () => Promise<Record<string, ReactNode>>
  children: ReactNode
}) {
  return <Prices.Provider value={useBuyerRead(load)}>{children}</Prices.Provider>
}

/** Where a card shows its unit price, once read. */
export function CardUnitPriceSlot({ productId }: { productId: string }) {
  return <>{useContext(Prices)?.[productId] ?? null}</>
}
