import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { ModelInputConfig } from "../../utils/service-input"
import type { UnitMemberRole } from "../../types/http/unit"
import Unit from "./models/unit"
import UnitApproval from "./models/unit-approval"
import UnitMember from "./models/unit-member"

/** A customer's membership, with its unit's status: what the store's unit scope reads once per request. */
export type UnitMembership = {
  member_id: string
  customer_id: string
  role: UnitMemberRole
  unit_id: string
  unit_status: "pending" | "verified" | "disabled"
}

/**
 * Unit purchasers and their members. The generated CRUD is kept; the methods
 * below read a customer's membership and the rules that span several members
 * (a unit always keeps a 管理员).
 */
type UnitModels = {
  Unit: ModelInputConfig<
    typeof Unit,
    { approval_order_over?: BigNumberInput | null; approval_month_over?: BigNumberInput | null }
  >
  UnitMember: ModelInputConfig<typeof UnitMember>
  UnitApproval: ModelInputConfig<
    typeof UnitApproval,
    { amount?: BigNumberInput; reasons?: string[]; order_ids?: string[] | null }
  >
}

class UnitModuleService extends MedusaService<UnitModels>({ Unit, UnitMember, UnitApproval }) {
  /** The customer's membership, or null when it belongs to no unit. */
  async membershipOf(customerId: string): Promise<UnitMembership | null> {
    const [member] = await this.listUnitMembers(
      { customer_id: customerId },
      { relations: ["unit"], take: 1 }
    )
    if (!member) return null
    return {
      member_id: member.id,
      customer_id: member.customer_id,
      role: member.role,
      unit_id: member.unit.id,
      unit_status: member.unit.status,
    }
  }

  /** A member of `unitId`, or a 404 (also when the member belongs to another unit). */
  async retrieveMemberOf(unitId: string, memberId: string) {
    const [member] = await this.listUnitMembers({ id: memberId, unit_id: unitId }, { take: 1 })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unit member "${memberId}" was not found`)
    }
    return member
  }

  /** How many 管理员 the unit has. */
  async countAdmins(unitId: string): Promise<number> {
    const [, count] = await this.listAndCountUnitMembers({ unit_id: unitId, role: "admin" })
    return count
  }
}

export default UnitModuleService
