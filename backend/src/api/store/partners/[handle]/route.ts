import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StorePartnerProduct, StorePartnerResponse } from "../../../../types/http/provenance"
import { STORE_PARTNER_FIELDS } from "../query-config"

type ProductRow = StorePartnerProduct & {
  status: string
  sales_channels?: ({ id: string } | null)[] | null
}

type PartnerRow = Omit<StorePartnerResponse["partner"], "products"> & {
  is_active: boolean
  products?: (ProductRow | null)[] | null
}

/**
 * GET /store/partners/:handle: an active partner's public profile with its
 * town, village and the published products sold in the request's sales channels.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StorePartnerResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner",
    fields: [...STORE_PARTNER_FIELDS, "products.sales_channels.id"],
    filters: { handle: req.params.handle, is_active: true },
  })
  const [partner] = data as PartnerRow[]
  if (!partner) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Partner "${req.params.handle}" was not found`
    )
  }
  const channelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  const products = (partner.products ?? [])
    .filter(
      (p): p is ProductRow =>
        !!p &&
        p.status === "published" &&
        (!channelIds.length ||
          (p.sales_channels ?? []).some((c) => !!c && channelIds.includes(c.id)))
    )
    .map(({ status: _status, sales_channels: _channels, ...p }) => p)
  const { is_active: _active, ...body } = { ...partner, products }
  res.json({ partner: body })
}
