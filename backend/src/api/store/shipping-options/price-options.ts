import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  IFulfillmentModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { CART_ITEM_TOTAL_CONTEXT_KEY, FREIGHT_PROVIDER_ID } from "../../../modules/freight/service"
import { queryRow } from "../../../utils/query"
import { itemTotalText, type WeighedLine } from "../../../workflows/freight/cart-parcel"
import type { ListedCart } from "../../../workflows/freight/listed-carts"

/**
 * A calculated option as the listing answers it (Medusa's listing always
 * reads its provider, shipping profile and data), its price filled in here.
 */
export type ListedCalculatedOption = {
  id: string
  provider_id?: string | null
  shipping_profile_id?: string | null
  data?: Record<string, unknown> | null
  amount?: unknown
  is_tax_inclusive?: boolean
  calculated_price?: unknown
}

type CartRow = { item_total?: unknown; items?: (WeighedLine | null)[] | null }

function fill(option: ListedCalculatedOption, price: CalculatedShippingOptionPrice | undefined) {
  option.calculated_price = price
  option.amount = price?.calculated_amount
  option.is_tax_inclusive = !!price?.is_calculated_price_tax_inclusive
}

/**
 * The cart's price of each listed calculated option, as Medusa prices one
 * when it is added to the cart. The shop's weighed options (the `freight`
 * provider) are priced by that provider through Medusa's fulfillment module
 * from one read of the cart, with what Medusa gives it (the items of the
 * option's shipping profile with their variants' weights, and the whole
 * cart's item total, as the listing with prices passes it): from `listed`,
 * what the listing read of the cart, else one read of the cart, instead of a
 * second listing workflow; the provider, shipping profile and data of each
 * option are the listing's own. Options of any other provider are priced by
 * Medusa's listShippingOptionsForCartWithPricingWorkflow.
 */
export async function priceCalculatedOptions(
  container: MedusaContainer,
  cartId: string,
  isReturn: boolean,
  options: ListedCalculatedOption[],
  listed?: ListedCart
): Promise<void> {
  if (options.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const weighed = options.filter((o) => o.provider_id === FREIGHT_PROVIDER_ID)
  const cart =
    weighed.length === 0
      ? null
      : (listed ??
        (await queryRow<CartRow>(query, {
          entity: "cart",
          fields: [
            "item_total",
            "items.quantity",
            "items.variant.weight",
            "items.variant.product.shipping_profile.id",
          ],
          filters: { id: cartId },
        })))
  const others = options.filter((o) => !weighed.includes(o))

  if (weighed.length > 0 && cart) {
    const items = (cart.items ?? []).filter((item): item is WeighedLine => !!item)
    const fulfillment = container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT)
    const prices = await fulfillment.calculateShippingOptionsPrices(
      weighed.map((option) => {
        const context = {
          items: items.filter(
            (item) => item.variant?.product?.shipping_profile?.id === option.shipping_profile_id
          ),
          [CART_ITEM_TOTAL_CONTEXT_KEY]: itemTotalText(cart.item_total),
        } as unknown as CalculateShippingOptionPriceDTO["context"]
        return {
          id: option.id,
          provider_id: FREIGHT_PROVIDER_ID,
          optionData: option.data ?? {},
          data: {},
          context,
        }
      })
    )
    weighed.forEach((option, i) => fill(option, prices[i]))
  }

  if (others.length > 0) {
    const { result } = await listShippingOptionsForCartWithPricingWorkflow(container).run({
      input: {
        cart_id: cartId,
        is_return: isReturn,
        options: others.map((o) => ({ id: o.id, data: {} })),
      },
    })
    const byId = new Map(
      (result as unknown as { id: string; calculated_price?: CalculatedShippingOptionPrice }[]).map(
        (p) => [p.id, p.calculated_price]
      )
    )
    for (const option of others) fill(option, byId.get(option.id))
  }
}
