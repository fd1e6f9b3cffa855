import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refundPaymentWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { queryRow, queryRows } from "../../../utils/query"
import { syncOrderAttributionWorkflow } from "../../../workflows/aid"
import { AID_IMPORT_METADATA_KEY, AID_IMPORT_PENDING } from "../../../workflows/aid/order-facts"
import { UNIT_METADATA_KEY } from "../../../workflows/aid/order-buyer"
import type { Buyer } from "../buyers"
import { products as PRODUCTS } from "../data/products"
import {
  backdateCancellation,
  backdateCapture,
  backdatePlacement,
  backdateRefunds,
} from "./backdate"
import { planHistory } from "./plan"
import { EXPRESS_MAX_GRAMS, parcelGrams } from "../../../shared/freight"

const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
/** Express for a parcel express carries, freight (专线) for a heavier one (shared/freight.ts). */
const DELIVERY_OPTION = {
  express: { ambient: "标准快递", cold_chain: "冷链配送" },
  freight: { ambient: "物流专线", cold_chain: "冷链专线" },
} as const
const MARKER = "demo_history_seeded_at"

/**
 * How many months of history to place: 12, or SEED_DEMO_MONTHS (1 to 12), which
 * tests set for a shorter history when they need orders but not a full year.
 */
export function demoMonths(env: NodeJS.ProcessEnv = process.env) {
  const value = env.SEED_DEMO_MONTHS?.trim()
  if (!value) return 12
  const months = Number(value)
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new Error(`SEED_DEMO_MONTHS must be a whole number from 1 to 12, not "${value}"`)
  }
  return months
}

type ProductRow = {
  handle: string
  variants: { id: string; title: string; inventory_items: { inventory_item_id: string }[] }[]
  partner: { stock_location: { id: string } }
}
type OrderRow = {
  items: { id: string; variant_id: string }[]
  payment_collections: { payments: { id: string }[] }[]
}

/**
 * A year of orders placed through Medusa's own cart, payment, fulfillment,
 * refund and cancel workflows, dated back over the past twelve months (paid a
 * few hours after being placed, as a transfer is), so the
 * aid dashboard shows real figures on first run: city buyers' family orders
 * every week, units' bulk orders every month, some refunded or canceled.
 * The harvest each order needs is added to the farm's stock first, and
 * shipped orders are fulfilled from the farm's location, so today's stock is
 * what the catalog seed set. Runs once (the store remembers it).
 */
export async function ensureDemoOrderHistory(
  container: MedusaContainer,
  {
    buyers,
    regionId,
    salesChannelId,
    refundReasons,
  }: {
    buyers: Buyer[]
    regionId: string
    salesChannelId: string
    refundReasons: Record<string, string>
  }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({})
  if (store.metadata?.[MARKER]) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const products = await queryRows<ProductRow>(query, {
    entity: "product",
    fields: [
      "id",
      "handle",
      "variants.id",
      "variants.title",
      "variants.inventory_items.inventory_item_id",
      "partner.stock_location.id",
    ],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  const options = await fulfillment.listShippingOptions({
    name: [...Object.values(DELIVERY_OPTION.express), ...Object.values(DELIVERY_OPTION.freight)],
  })
  const optionOf = (storage: "ambient" | "cold_chain", grams: number) => {
    const service = grams > EXPRESS_MAX_GRAMS ? "freight" : "express"
    return options.find((o) => o.name === DELIVERY_OPTION[service][storage])!.id
  }

  const months = demoMonths()
  const plans = planHistory(buyers, new Date(), months)
  const orderIds: string[] = []
  const unitOf = new Map<string, string>()
  let canceled = 0
  for (const plan of plans) {
    const lines = plan.lines.map((line) => {
      const product = byHandle.get(line.product.handle)!
      const variant = product.variants.find((v) => v.title === line.variant)!
      return {
        ...line,
        variant_id: variant.id,
        inventory_item_id: variant.inventory_items[0].inventory_item_id,
        location_id: product.partner.stock_location.id,
      }
    })
    // the farm's harvest for this order arrives first
    for (const line of lines) {
      await inventory.adjustInventory(line.inventory_item_id, line.location_id, line.quantity)
    }
    const address = {
      first_name: plan.buyer.first_name,
      last_name: plan.buyer.last_name,
      company: plan.buyer.company_name,
      phone: plan.buyer.phone,
      country_code: "cn",
      province: "广东省",
      city: "广州市",
      address_1: `${plan.buyer.district}${plan.buyer.address}`,
    }
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: regionId,
        sales_channel_id: salesChannelId,
        customer_id: plan.buyer.customer_id,
        email: plan.buyer.email,
        items: lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
        shipping_address: address,
        billing_address: address,
        // recorded in the aid ledger below, once its dates are final; a unit
        // buyer's order is its unit's (the units are verified today, after
        // these orders were paid, so the order names its unit as a bulk order does)
        metadata: {
          [AID_IMPORT_METADATA_KEY]: AID_IMPORT_PENDING,
          ...(plan.buyer.unit_id ? { [UNIT_METADATA_KEY]: plan.buyer.unit_id } : {}),
        },
      },
    })
    const storages = [...new Set(lines.map((l) => l.product.storage))]
    // express while the order's weight of a class allows it, freight above
    const optionFor = new Map(
      storages.map((storage) => {
        const grams = parcelGrams(
          lines
            .filter((l) => l.product.storage === storage)
            .map((l) => ({
              weight_grams: l.product.variants.find((v) => v.title === l.variant)?.weight_g ?? 0,
              quantity: l.quantity,
            }))
        )
        return [storage, optionOf(storage, grams)]
      })
    )
    for (const storage of storages) {
      await addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: optionFor.get(storage)! }] },
      })
    }
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: SYSTEM_PAYMENT_PROVIDER,
      },
    })
    const { result: completed } = await completeCartWorkflow(container).run({
      input: { id: cart.id },
    })
    const orderId = completed.id
    orderIds.push(orderId)
    if (plan.buyer.unit_id) unitOf.set(orderId, plan.buyer.unit_id)

    const order = (await queryRow<OrderRow>(query, {
      entity: "order",
      fields: ["id", "items.id", "items.variant_id", "payment_collections.payments.id"],
      filters: { id: orderId },
    }))!
    const paymentId = order.payment_collections[0].payments[0].id
    const at = plan.placed_at
    // `days` after the order, but not later than an hour ago (nor before the order)
    const later = (days: number) =>
      new Date(
        Math.max(at.getTime(), Math.min(at.getTime() + days * 86400_000, Date.now() - 3600_000))
      )

    // the payment was confirmed (captured) a little after the order; of the
    // canceled orders, the first and every other one were paid and refunded
    // by the cancellation, the rest never paid (a transfer that did not come)
    const paid = plan.outcome !== "canceled" || canceled++ % 2 === 0
    if (paid) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
    }
    if (plan.outcome === "canceled") {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      await backdateCancellation(db, { order_id: orderId, payment_id: paymentId }, later(0.2))
    } else {
      const itemOf = new Map(order.items.map((i) => [i.variant_id, i.id]))
      // each farm ships its own lines, one parcel per shipping profile
      const parcels = new Map<string, typeof lines>()
      for (const line of lines) {
        const key = `${line.location_id}:${line.product.storage}`
        parcels.set(key, [...(parcels.get(key) ?? []), line])
      }
      for (const parcel of parcels.values()) {
        await createOrderFulfillmentWorkflow(container).run({
          input: {
            order_id: orderId,
            location_id: parcel[0].location_id,
            shipping_option_id: optionFor.get(parcel[0].product.storage)!,
            items: parcel.map((l) => ({
              id: itemOf.get(l.variant_id)!,
              quantity: l.quantity,
            })),
          },
        })
      }
      if (plan.outcome === "refunded" || plan.outcome === "shipping_refund") {
        const shippingOnly = plan.outcome === "shipping_refund"
        const amount = shippingOnly ? 12 : Number((lines[0].quantity * 5).toFixed(2))
        await refundPaymentWorkflow(container).run({
          input: {
            payment_id: paymentId,
            amount,
            refund_reason_id: refundReasons[shippingOnly ? "shipping" : "quality"],
            note: shippingOnly ? "延迟送达，退还运费" : "部分果品到货磕碰，协商部分退款",
          },
        })
        await backdateRefunds(db, paymentId, later(5))
      }
    }
    if (paid) await backdateCapture(db, paymentId, at, later(0.1))
    await backdatePlacement(
      db,
      { order_id: orderId, payment_collection_id: collection.id },
      at,
      later(1)
    )
  }

  for (let i = 0; i < orderIds.length; i += 25) {
    await syncOrderAttributionWorkflow(container).run({
      input: { order_ids: orderIds.slice(i, i + 25) },
    })
  }
  await container.resolve(Modules.ORDER).updateOrders(
    orderIds.map((id) => ({
      id,
      metadata: {
        [AID_IMPORT_METADATA_KEY]: "done",
        demo_history: true,
        ...(unitOf.has(id) ? { [UNIT_METADATA_KEY]: unitOf.get(id) } : {}),
      },
    }))
  )
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        metadata: {
          ...(store.metadata ?? {}),
          [MARKER]: new Date().toISOString(),
          demo_orders: orderIds.length,
        },
      },
    },
  })
  logger.info(`Seed: ${orderIds.length} demo orders over the past ${months} months`)
}
