import type { OrderFacts } from "../../modules/aid/attribution"

/** A return as Query reads it for the ledger. */
export type ReturnRow = {
  id: string
  order_id: string
  received_at: Date | string | null
  items: { item_id: string; received_quantity: number | string | null }[] | null
}

/** A confirmed `return_receive` order change: one receipt of a return's units. */
export type ReceiveChange = {
  id: string
  return_id?: string | null
  confirmed_at?: Date | string | null
  actions?: { action: string; details?: Record<string, unknown> | null }[] | null
}

const RECEIVED_ACTIONS = new Set(["RECEIVE_RETURN_ITEM", "RECEIVE_DAMAGED_RETURN_ITEM"])

/**
 * Each receipt of each return, oldest first, with the units of each line
 * received up to and including it. A return is received through order changes
 * (`return_receive`), one per receipt; Medusa's return item keeps only the
 * quantity of the last receipt and sets the return's `received_at` only once
 * every unit is in, so the changes are what tells a return received in
 * several goes. A received return without such changes (none known) counts as
 * one receipt at its `received_at`.
 */
export function returnReceipts(
  returns: ReturnRow[],
  changes: ReceiveChange[]
): OrderFacts["returns"] {
  const receipts: OrderFacts["returns"] = []
  for (const ret of returns) {
    const own = changes
      .filter((change) => change.return_id === ret.id && change.confirmed_at)
      .sort((a, b) => new Date(a.confirmed_at!).getTime() - new Date(b.confirmed_at!).getTime())
    if (!own.length) {
      if (!ret.received_at) continue
      receipts.push({
        id: ret.id,
        received_at: new Date(ret.received_at),
        items: (ret.items ?? []).map((item) => ({
          line_item_id: item.item_id,
          quantity: Number(item.received_quantity ?? 0),
        })),
      })
      continue
    }
    const sofar = new Map<string, number>()
    for (const change of own) {
      let received = false
      for (const action of change.actions ?? []) {
        const line = action.details?.reference_id
        if (!RECEIVED_ACTIONS.has(action.action) || typeof line !== "string") continue
        sofar.set(line, (sofar.get(line) ?? 0) + Number(action.details?.quantity ?? 0))
        received = true
      }
      if (!received) continue
      receipts.push({
        id: ret.id,
        received_at: new Date(change.confirmed_at!),
        items: [...sofar].map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
      })
    }
  }
  return receipts
}
