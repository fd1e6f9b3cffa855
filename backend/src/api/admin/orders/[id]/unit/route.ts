import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { UNIT_MODULE, type UnitModuleService } from "../../../../../modules/unit"
import type { AdminOrderUnitResponse } from "../../../../../types/http/unit"
import { queryRow } from "../../../../../utils/query"
import { UNIT_METADATA_KEY } from "../../../../../workflows/aid/order-buyer"

type OrderRow = { id: string; customer_id: string | null; metadata: Record<string, unknown> | null }

/**
 * GET /admin/orders/:id/unit: the unit of an order, for the order page's 单位
 * card: the unit the order names (`metadata.unit_id`, set by bulk orders),
 * else the unit its customer is a member of now; `{ unit: null }` for neither.
 * An unknown order is a 404; a farm account gets 403 (farm-scope.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminOrderUnitResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<OrderRow>(query, {
    entity: "order",
    fields: ["id", "customer_id", "metadata"],
    filters: { id: req.params.id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} not found`)
  const units = req.scope.resolve<UnitModuleService>(UNIT_MODULE)
  const fields = ["id", "name", "kind", "status", "credit_code"]
  const named = order.metadata?.[UNIT_METADATA_KEY]
  const [ofOrder] =
    typeof named === "string" && named
      ? await units.listUnits({ id: named }, { select: fields, take: 1 })
      : []
  const [member] =
    order.customer_id && !ofOrder
      ? await units.listUnitMembers(
          { customer_id: order.customer_id },
          { select: ["role", ...fields.map((f) => `unit.${f}`)], relations: ["unit"], take: 1 }
        )
      : []
  const unit = ofOrder ?? member?.unit
  res.json({
    unit: unit
      ? {
          id: unit.id,
          name: unit.name,
          kind: unit.kind,
          status: unit.status,
          credit_code: unit.credit_code,
          source: ofOrder ? "order" : "member",
          role: ofOrder ? null : (member?.role ?? null),
        }
      : null,
  })
}
