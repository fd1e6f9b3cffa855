import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminUnitResponse, UnitMember } from "../../../types/http/unit"
import { graphOneOr404 } from "../../utils/graph"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_UNIT_FIELDS, UNIT_MEMBER_FIELDS } from "./query-config"

/** A unit with its members as the admin reads it, or a 404. */
export const loadAdminUnit = (container: MedusaContainer, id: string) =>
  graphOneOr404<AdminUnitResponse["unit"]>(
    container,
    "unit",
    [...ADMIN_UNIT_FIELDS, ...UNIT_MEMBER_FIELDS.map((f) => `members.${f}`)],
    { id },
    `Unit "${id}" was not found`
  )

/** The members of a unit, oldest first (admins before the others). */
export async function listUnitMembers(
  container: MedusaContainer,
  unitId: string
): Promise<UnitMember[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "unit_member",
    fields: UNIT_MEMBER_FIELDS,
    filters: { unit_id: unitId },
    pagination: { order: { created_at: "ASC" } },
  })
  return data as UnitMember[]
}

/** One member of a unit, or a 404 (also for a member of another unit). */
export const loadUnitMember = (container: MedusaContainer, unitId: string, memberId: string) =>
  graphOneOr404<UnitMember>(
    container,
    "unit_member",
    UNIT_MEMBER_FIELDS,
    { id: memberId, unit_id: unitId },
    `Unit member "${memberId}" was not found`
  )
