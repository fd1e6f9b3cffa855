import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AID_MODULE, type AidModuleService } from "../../modules/aid"
import { queryRows } from "../../utils/query"
import { AID_IMPORT_METADATA_KEY, AID_IMPORT_PENDING } from "./order-facts"

/**
 * The orders among `orderIds` a ledger sync has work for: not waiting for
 * their import (the importer records those itself), and paid or already in
 * the ledger. An unpaid order without entries writes nothing, so a checkout
 * placed to be paid later (对公转账, an authorized payment) costs the sync one
 * query, not a run of the workflow; its capture's event syncs it once paid.
 */
export async function ordersToSync(
  container: MedusaContainer,
  orderIds: string[]
): Promise<string[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders = await queryRows<{ id: string; metadata: Record<string, unknown> | null }>(query, {
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: orderIds },
  })
  const imported = orders
    .filter((o) => o.metadata?.[AID_IMPORT_METADATA_KEY] !== AID_IMPORT_PENDING)
    .map((o) => o.id)
  return container.resolve<AidModuleService>(AID_MODULE).ordersToRecord(imported)
}
