import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_PARTNER_FIELDS } from "../../../provenance-fields"

/**
 * GET /store/partners/:handle: an active partner's public profile with its
 * town, village and the published products sold in the request's sales channels.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: [...STORE_PARTNER_FIELDS, "products.sales_channels.id"],
    filters: { handle: req.params.handle, is_active: true },
  })
  const partner = data[0] as any
  if (!partner) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Partner "${req.params.handle}" was not found`
    )
  }
  const channelIds: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  partner.products = (partner.products ?? [])
    .filter(
      (p: any) =>
        p &&
        p.status === "published" &&
        (!channelIds.length ||
          (p.sales_channels ?? []).some((c: any) => channelIds.includes(c?.id)))
    )
    .map(({ status, sales_channels, ...p }: any) => p)
  const { is_active, ...body } = partner
  res.json({ partner: body })
}
