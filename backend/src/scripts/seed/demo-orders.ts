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
import { syncOrderAttributionWorkflow } from "../../workflows/aid"
import { AID_IMPORT_METADATA_KEY, AID_IMPORT_PENDING } from "../../workflows/aid/order-facts"
import type { Buyer } from "./buyers"
import { products as PRODUCTS } from "./data/products"
import type { SeedProduct } from "./data/types"

const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
const DELIVERY_OPTION = { ambient: "标准快递", cold_chain: "冷链配送" } as const
const MARKER = "demo_history_seeded_at"

/** Products units buy in bulk for canteens and staff welfare. */
const BULK_PRODUCTS = [
  "shejiang-simiao-rice",
  "baidu-shrimp-paddy-rice",
  "nankou-cold-pressed-peanut-oil",
  "songyuan-mountain-green-tea",
  "nankou-dried-meicai",
  "meixian-red-pomelo",
]

/** A small deterministic generator: the same history on every machine. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Plan = {
  buyer: Buyer
  placed_at: Date
  lines: { product: SeedProduct; variant: string; quantity: number }[]
  outcome: "completed" | "refunded" | "shipping_refund" | "canceled"
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

  const { data: products } = await query.graph({
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
  const byHandle = new Map(products.map((p: any) => [p.handle, p]))
  const options = await fulfillment.listShippingOptions({ name: Object.values(DELIVERY_OPTION) })
  const optionOf = (storage: "ambient" | "cold_chain") =>
    options.find((o) => o.name === DELIVERY_OPTION[storage])!.id

  const plans = planHistory(buyers, new Date())
  const orderIds: string[] = []
  let canceled = 0
  for (const plan of plans) {
    const lines = plan.lines.map((line) => {
      const product: any = byHandle.get(line.product.handle)
      const variant = product.variants.find((v: any) => v.title === line.variant)
      return {
        ...line,
        variant_id: variant.id as string,
        inventory_item_id: variant.inventory_items[0].inventory_item_id as string,
        location_id: product.partner.stock_location.id as string,
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
        // recorded in the aid ledger below, once its dates are final
        metadata: { [AID_IMPORT_METADATA_KEY]: AID_IMPORT_PENDING },
      },
    })
    const storages = [...new Set(lines.map((l) => l.product.storage))]
    for (const storage of storages) {
      await addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: optionOf(storage) }] },
      })
    }
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: (collection as any).id,
        provider_id: SYSTEM_PAYMENT_PROVIDER,
      },
    })
    const { result: completed } = await completeCartWorkflow(container).run({
      input: { id: cart.id },
    })
    const orderId = completed.id
    orderIds.push(orderId)

    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.variant_id", "payment_collections.payments.id"],
      filters: { id: orderId },
    })
    const paymentId = (order as any).payment_collections[0].payments[0].id
    const at = plan.placed_at
    const later = (days: number) =>
      new Date(Math.min(at.getTime() + days * 86400_000, Date.now() - 3600_000))

    // the payment was confirmed (captured) a little after the order; of the
    // canceled orders, the first and every other one were paid and refunded
    // by the cancellation, the rest never paid (a transfer that did not come)
    const paid = plan.outcome !== "canceled" || canceled++ % 2 === 0
    if (paid) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
    }
    if (plan.outcome === "canceled") {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      await db("order")
        .where({ id: orderId })
        .update({ canceled_at: later(0.2) })
      await db("refund")
        .where({ payment_id: paymentId })
        .update({ created_at: later(0.2), updated_at: later(0.2) })
    } else {
      const itemOf = new Map((order as any).items.map((i: any) => [i.variant_id, i.id]))
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
            shipping_option_id: optionOf(parcel[0].product.storage),
            items: parcel.map((l) => ({
              id: itemOf.get(l.variant_id) as string,
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
          } as any,
        })
        const refunds = await db("refund").where({ payment_id: paymentId }).select("id")
        await db("refund")
          .whereIn(
            "id",
            refunds.map((r: any) => r.id)
          )
          .update({ created_at: later(5), updated_at: later(5) })
      }
    }
    if (paid) {
      await db("payment")
        .where({ id: paymentId })
        .update({ captured_at: later(0.1), created_at: at, updated_at: later(0.1) })
      await db("capture")
        .where({ payment_id: paymentId })
        .update({ created_at: later(0.1), updated_at: later(0.1) })
    }
    // the collection was opened at checkout, before the payment was captured
    await db("payment_collection")
      .where({ id: (collection as any).id })
      .update({ created_at: at })
    await db("order")
      .where({ id: orderId })
      .update({ created_at: at, updated_at: later(1) })
    await db("order_item")
      .where({ order_id: orderId })
      .update({ created_at: at, updated_at: later(1) })
  }

  for (let i = 0; i < orderIds.length; i += 25) {
    await syncOrderAttributionWorkflow(container).run({
      input: { order_ids: orderIds.slice(i, i + 25) },
    })
  }
  await container
    .resolve(Modules.ORDER)
    .updateOrders(
      orderIds.map((id) => ({
        id,
        metadata: { [AID_IMPORT_METADATA_KEY]: "done", demo_history: true },
      })) as any
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
  logger.info(`Seed: ${orderIds.length} demo orders over the past twelve months`)
}

/** Who buys what, when, and how it ends: about five family orders and one unit order a month. */
export function planHistory(buyers: Buyer[], now: Date): Plan[] {
  const next = random(20261129)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const consumers = buyers.filter((b) => b.kind === "consumer")
  const units = buyers.filter((b) => b.kind === "unit")
  const sellable = PRODUCTS.filter((p) => !p.presale_ships_from)
  const plans: Plan[] = []

  for (let back = 12; back >= 1; back--) {
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1))
    const month = monthStart.getUTCMonth() + 1
    const daysInMonth = new Date(Date.UTC(monthStart.getUTCFullYear(), month, 0)).getUTCDate()
    const inSeason = sellable.filter((p) => p.harvest_months.includes(month))
    const choices = inSeason.length >= 3 ? [...inSeason, ...inSeason, ...sellable] : sellable
    const when = () => {
      const day = 1 + Math.floor(next() * daysInMonth)
      const hour = Math.floor(next() * 14) // 00-14 UTC = 08:00-22:00 in China
      const at = new Date(
        Date.UTC(monthStart.getUTCFullYear(), month - 1, day, hour, Math.floor(next() * 60))
      )
      return at.getTime() < now.getTime() - 2 * 3600_000
        ? at
        : new Date(now.getTime() - 2 * 3600_000)
    }
    const outcome = (): Plan["outcome"] => {
      const roll = next()
      return roll < 0.06
        ? "canceled"
        : roll < 0.14
          ? "refunded"
          : roll < 0.17
            ? "shipping_refund"
            : "completed"
    }
    const variantOf = (product: SeedProduct) => {
      const available = product.variants.filter((v) => v.stock > 0)
      return pick(available.length ? available : product.variants).title
    }

    for (let n = 0; n < 5; n++) {
      const count = 1 + Math.floor(next() * 3)
      const chosen = new Map<string, SeedProduct>()
      while (chosen.size < count) {
        const product = pick(choices)
        chosen.set(product.handle, product)
      }
      plans.push({
        buyer: pick(consumers),
        placed_at: when(),
        lines: [...chosen.values()].map((product) => ({
          product,
          variant: variantOf(product),
          quantity: 1 + Math.floor(next() * 3),
        })),
        outcome: outcome(),
      })
    }
    const bulk = sellable.filter((p) => BULK_PRODUCTS.includes(p.handle))
    const first = pick(bulk)
    const second = pick(bulk.filter((p) => p.handle !== first.handle))
    plans.push({
      buyer: pick(units),
      placed_at: when(),
      lines: [first, ...(next() < 0.5 ? [second] : [])].map((product) => ({
        product,
        variant: variantOf(product),
        quantity: 30 + 10 * Math.floor(next() * 28),
      })),
      outcome: next() < 0.9 ? "completed" : "refunded",
    })
  }
  return plans.sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime())
}
