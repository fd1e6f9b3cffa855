import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY } from "../../../../../shared/cart"
import {
  unitOrderNoteOf,
  type StoreUnitOrderNoteResponse,
} from "../../../../../types/http/unit-order"
import { membershipOf } from "../../../units/unit-scope"
import type { StoreUnitOrderNoteType } from "../../validators"

/**
 * POST /store/carts/:id/unit-order: a verified unit's 管理员 or 采购员 puts the
 * 采购单号 and 备注 on their own cart (the order keeps them). Another
 * customer's cart, or a guest's, answers 404 as if it did not exist.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreUnitOrderNoteType>,
  res: MedusaResponse<StoreUnitOrderNoteResponse>
) {
  const membership = membershipOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "metadata"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart || cart.customer_id !== membership.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "购物车不存在")
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "订单已提交，不能再修改采购单号和备注")
  }
  const metadata: Record<string, unknown> = { ...(cart.metadata ?? {}) }
  const { po_number, unit_note } = req.validatedBody
  if (po_number !== undefined) metadata[PO_NUMBER_METADATA_KEY] = po_number || null
  if (unit_note !== undefined) metadata[UNIT_NOTE_METADATA_KEY] = unit_note || null
  await updateCartWorkflow(req.scope).run({ input: { id: cart.id, metadata } })
  res.json({ cart_id: cart.id, unit_order: unitOrderNoteOf(metadata) })
}
