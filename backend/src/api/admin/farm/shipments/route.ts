import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { actorOf, farmOf } from "../../../farm-scope"
import { shipFarmLinesWorkflow } from "../../../../workflows/farm"
import { orderNotPaidError } from "../../../../workflows/farm/steps/validate-order-paid"
import type { AdminFarmShipmentResponse } from "../../../../types/http/farm-sales"
import { listFarmOrderLines } from "../queries/order-lines"
import { farmVariants } from "../queries/variants"
import type { FarmShipmentBodyType } from "../validators"

/**
 * POST /admin/farm/shipments { order_id, items: [{ id, quantity }], carrier, tracking_number }:
 * ships some of the farm's open lines of one paid order from the farm's stock
 * location and marks them shipped with the tracking number. Lines of other
 * partners are a 404, lines of an order not paid yet a 400 (nothing is
 * written); all lines must travel with one shipping profile.
 */
export async function POST(
  req: MedusaRequest<FarmShipmentBodyType>,
  res: MedusaResponse<AdminFarmShipmentResponse>
) {
  const farm = await farmOf(req)
  const body = req.validatedBody
  const { lines } = await listFarmOrderLines(req.scope, farm, {
    status: "all",
    limit: 500,
    offset: 0,
    order_id: body.order_id,
    line_ids: body.items.map((i) => i.id),
    include_unpaid: true,
  })
  const lineOf = new Map(lines.map((l) => [l.id, l]))
  for (const item of body.items) {
    const line = lineOf.get(item.id)
    if (!line)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order line "${item.id}" not found`)
    if (!line.paid_at) throw orderNotPaidError(body.order_id)
    if (item.quantity > line.unshipped_quantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Only ${line.unshipped_quantity} of line "${item.id}" are left to ship`
      )
    }
  }
  const profiles = new Set(body.items.map((i) => lineOf.get(i.id)!.shipping_profile_id))
  if (profiles.size !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Ship ambient and cold-chain lines as separate parcels"
    )
  }
  const [profile] = [...profiles]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_methods.shipping_option_id"],
    filters: { id: body.order_id },
  })
  const [order] = orders as { shipping_methods?: { shipping_option_id: string | null }[] }[]
  const optionIds = (order?.shipping_methods ?? [])
    .map((m) => m.shipping_option_id)
    .filter((id): id is string => !!id)
  const { data: options } = optionIds.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "shipping_profile_id"],
        filters: { id: optionIds },
      })
    : { data: [] }
  const option = (options as { id: string; shipping_profile_id: string | null }[]).find(
    (o) => o.shipping_profile_id === profile
  )
  if (!option) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The order has no shipping method for these lines"
    )
  }
  const refs = await farmVariants(req.scope, farm, [
    ...new Set(body.items.map((i) => lineOf.get(i.id)!.variant_id)),
  ])
  const { result: fulfillment } = await shipFarmLinesWorkflow(req.scope).run({
    input: {
      partner_id: farm.partner_id,
      order_id: body.order_id,
      location_id: farm.location_id!,
      shipping_option_id: option.id,
      carrier: body.carrier,
      tracking_number: body.tracking_number,
      actor_id: actorOf(req),
      items: body.items.map((i) => ({
        id: i.id,
        quantity: i.quantity,
        ...refs.get(lineOf.get(i.id)!.variant_id)!,
      })),
    },
  })
  const { lines: after } = await listFarmOrderLines(req.scope, farm, {
    status: "all",
    limit: 500,
    offset: 0,
    order_id: body.order_id,
    line_ids: body.items.map((i) => i.id),
  })
  res.status(201).json({ fulfillment_id: fulfillment.id, order_lines: after })
}
