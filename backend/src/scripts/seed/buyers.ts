import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  deleteCustomerGroupsWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { UNIT_MODULE, type UnitModuleService } from "../../modules/unit"
import { unitCreateSchema } from "../../shared/unit"
import { createUnitWorkflow, verifyUnitWorkflow } from "../../workflows/unit"
import { CONSUMERS, LEGACY_UNIT_GROUP_NAME, type SeedBuyer, UNITS } from "./data/buyers"

export type Buyer = SeedBuyer & {
  customer_id: string
  kind: "consumer" | "unit"
  /** units: the id of the buyer's unit in the unit module */
  unit_id?: string
}

/**
 * The demo customers and, with `units` (the demo history: they are demo data
 * like it), the units of the unit buyers: each a verified unit of the unit
 * module with its buyer as 管理员 (the aid ledger's one source of 单位
 * purchases). Idempotent; the customer group the seed used to mark unit buyers
 * with metadata before units existed is removed.
 */
export async function ensureBuyers(
  container: MedusaContainer,
  options: { units: boolean }
): Promise<Buyer[]> {
  const customers = container.resolve(Modules.CUSTOMER)
  const all = [
    ...CONSUMERS.map((b) => ({ ...b, kind: "consumer" as const })),
    ...UNITS.map((b) => ({ ...b, kind: "unit" as const })),
  ]
  const existing = await customers.listCustomers({ email: all.map((b) => b.email) })
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
  const found = await customers.listCustomers({ email: all.map((b) => b.email) })
  const buyers: Buyer[] = all.map((b) => ({
    ...b,
    customer_id: found.find((c) => c.email === b.email)!.id,
  }))
  for (const buyer of buyers) {
    if (buyer.unit && options.units) buyer.unit_id = await ensureUnit(container, buyer)
  }
  const legacy = await customers.listCustomerGroups({ name: LEGACY_UNIT_GROUP_NAME })
  const marked = legacy.filter((group) => group.metadata?.buyer_kind === "unit")
  if (marked.length) {
    await deleteCustomerGroupsWorkflow(container).run({ input: { ids: marked.map((g) => g.id) } })
  }
  return buyers
}

/** The buyer's unit: created, its buyer made 管理员 and verified, as far as not done yet. */
async function ensureUnit(container: MedusaContainer, buyer: Buyer): Promise<string> {
  const units = container.resolve<UnitModuleService>(UNIT_MODULE)
  const seed = buyer.unit!
  let [unit] = await units.listUnits({ credit_code: seed.credit_code }, { take: 1 })
  if (!unit) {
    const data = unitCreateSchema.parse({
      name: buyer.company_name,
      kind: seed.kind,
      credit_code: seed.credit_code,
      headcount: seed.headcount,
      contacts: [
        { name: `${buyer.last_name}${buyer.first_name}`, mobile: buyer.phone, email: buyer.email },
      ],
    })
    const { result } = await createUnitWorkflow(container).run({
      input: { data, created_by: null },
    })
    unit = await units.retrieveUnit(result.id)
  }
  const [member] = await units.listUnitMembers({ customer_id: buyer.customer_id }, { take: 1 })
  if (!member) {
    await units.createUnitMembers({
      unit_id: unit.id,
      customer_id: buyer.customer_id,
      role: "admin",
      created_by: null,
    })
    if (unit.status === "verified" && unit.customer_group_id) {
      await linkCustomersToCustomerGroupWorkflow(container).run({
        input: { id: unit.customer_group_id, add: [buyer.customer_id] },
      })
    }
  }
  if (unit.status !== "verified") {
    await verifyUnitWorkflow(container).run({ input: { id: unit.id, user_id: null } })
  }
  return unit.id
}
