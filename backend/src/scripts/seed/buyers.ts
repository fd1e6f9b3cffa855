import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { UNIT_BUYER_GROUP_KIND } from "../../workflows/aid/order-facts"
import { CONSUMERS, type SeedBuyer, UNIT_GROUP_NAME, UNITS } from "./data/buyers"

export type Buyer = SeedBuyer & { customer_id: string; kind: "consumer" | "unit" }

/**
 * The customer group of unit buyers (its metadata marks it as such for the
 * aid ledger) and the demo customers.
 */
export async function ensureBuyers(container: MedusaContainer): Promise<Buyer[]> {
  const customers = container.resolve(Modules.CUSTOMER)
  let [group] = await customers.listCustomerGroups({ name: UNIT_GROUP_NAME })
  if (!group) {
    const { result } = await createCustomerGroupsWorkflow(container).run({
      input: {
        customersData: [{ name: UNIT_GROUP_NAME, metadata: { buyer_kind: UNIT_BUYER_GROUP_KIND } }],
      },
    })
    group = result[0]
  }
  const all = [
    ...CONSUMERS.map((b) => ({ ...b, kind: "consumer" as const })),
    ...UNITS.map((b) => ({ ...b, kind: "unit" as const })),
  ]
  const existing = await customers.listCustomers(
    { email: all.map((b) => b.email) },
    { relations: ["groups"] }
  )
  const missing = all.filter((b) => !existing.some((c) => c.email === b.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map((b) => ({
          email: b.email,
          first_name: b.first_name,
          last_name: b.last_name,
          phone: b.phone,
          company_name: b.company_name ?? null,
          has_account: false,
        })),
      },
    })
  }
  const found = await customers.listCustomers(
    { email: all.map((b) => b.email) },
    { relations: ["groups"] }
  )
  const units = found.filter(
    (c) =>
      UNITS.some((u) => u.email === c.email) && !(c.groups ?? []).some((g) => g.id === group.id)
  )
  if (units.length) {
    await linkCustomersToCustomerGroupWorkflow(container).run({
      input: { id: group.id, add: units.map((c) => c.id) },
    })
  }
  return all.map((b) => ({ ...b, customer_id: found.find((c) => c.email === b.email)!.id }))
}
