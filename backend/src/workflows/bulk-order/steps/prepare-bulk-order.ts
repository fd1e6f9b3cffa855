import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { bulkDeadlineAfter, newBulkReference } from "../../../modules/bulk-order/reference"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { FreightClass } from "../../../shared/freight"
import { fenToYuan, yuanToFen } from "../../../shared/money"
import type { BulkRowResolved } from "../../../types/http/bulk-order"
import { queryRows } from "../../../utils/query"
import {
  type BulkShippingOptions,
  type BulkVariantFacts,
  type Parcel,
  ParcelError,
  parcelsOf,
  withShippingTotal,
} from "../parcels"

export type PrepareBulkOrderInput = {
  unit_id: string
  customer_id: string
  rows: BulkRowResolved[]
  po_number?: string | null
  note?: string | null
  /** the placing instant (tests move it) */
  now?: string
  /** an accepted quote's shipping (decimal yuan), shared over the parcels instead of the shop's freight */
  quoted_shipping?: string | null
}

/** One order to create, with what its reservations need (line items matched by variant). */
export type PreparedOrder = {
  order: CreateOrderDTO
  total_fen: number
  reservations: {
    variant_id: string
    inventory_item_id: string
    quantity: number
    location_id: string
  }[]
}

export type PreparedBulkOrder = {
  bulk: {
    unit_id: string
    customer_id: string
    reference: string
    amount: string
    currency_code: string
    payment_deadline: Date
    po_number: string | null
    note: string | null
    parcels: number
  }
  orders: PreparedOrder[]
}

type VariantRow = {
  id: string
  weight: number | null
  manage_inventory: boolean
  product: {
    weight: number | null
    shipping_profile: { type: string | null } | null
    partner: { stock_location: { id: string } | null } | null
  } | null
  inventory_items: { inventory_item_id: string; required_quantity: number }[] | null
}

const SHIPPING_CODES: Record<string, [FreightClass, "express" | "freight"]> = {
  standard: ["ambient", "express"],
  "cold-chain": ["cold_chain", "express"],
  freight: ["ambient", "freight"],
  "freight-chilled": ["cold_chain", "freight"],
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

async function variantFacts(container: MedusaContainer, ids: string[]) {
  const rows = await queryRows<VariantRow>(container.resolve(ContainerRegistrationKeys.QUERY), {
    entity: "product_variant",
    fields: [
      "id",
      "weight",
      "manage_inventory",
      "product.weight",
      "product.shipping_profile.type",
      "product.partner.stock_location.id",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
    ],
    filters: { id: ids },
  })
  return new Map<string, BulkVariantFacts>(
    rows.map((v) => [
      v.id,
      {
        id: v.id,
        weight_grams: Math.round(Number(v.weight ?? v.product?.weight ?? 0)),
        freight_class:
          v.product?.shipping_profile?.type === "cold_chain" ? "cold_chain" : "ambient",
        inventory_item_id: v.manage_inventory
          ? (v.inventory_items?.[0]?.inventory_item_id ?? null)
          : null,
        required_quantity: Number(v.inventory_items?.[0]?.required_quantity ?? 1),
        location_id: v.product?.partner?.stock_location?.id ?? null,
      },
    ])
  )
}

async function shippingOptions(container: MedusaContainer): Promise<BulkShippingOptions> {
  const options = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({}, { relations: ["type"], take: null })
  const found: BulkShippingOptions = {
    ambient: { express: null, freight: null },
    cold_chain: { express: null, freight: null },
  }
  for (const option of options) {
    const slot = SHIPPING_CODES[option.type?.code ?? ""]
    if (slot && !found[slot[0]][slot[1]])
      found[slot[0]][slot[1]] = { id: option.id, name: option.name }
  }
  return found
}

async function storeContext(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ currency_code: "cny" }, { take: 1 })
  if (!store?.default_sales_channel_id || !region)
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The shop has no CNY region or sales channel"
    )
  return { region_id: region.id, sales_channel_id: store.default_sales_channel_id }
}

function orderOf(
  parcel: Parcel,
  context: { region_id: string; sales_channel_id: string },
  who: { customer_id: string; email: string; company: string },
  meta: { bulk_order_id: string; unit_id: string; po_number: string | null }
): CreateOrderDTO {
  const r = parcel.first
  const address = {
    first_name: r.recipient,
    last_name: "",
    phone: r.mobile,
    company: who.company,
    country_code: "cn",
    province: r.province,
    city: r.city,
    address_1: r.district,
    address_2: r.address,
    metadata: {
      province_code: r.province_code,
      city_code: r.city_code,
      district_code: r.district_code,
    },
  }
  return {
    ...context,
    customer_id: who.customer_id,
    email: who.email,
    currency_code: "cny",
    status: "pending",
    no_notification: true,
    shipping_address: address,
    billing_address: address,
    items: parcel.lines.map((l) => ({
      title: l.title,
      product_title: l.product_title,
      variant_title: l.variant_title,
      variant_sku: l.sku,
      variant_id: l.variant_id,
      product_id: l.product_id,
      quantity: l.quantity,
      unit_price: fenToYuan(l.unit_price_fen),
      is_tax_inclusive: true,
      requires_shipping: true,
      metadata: { rows: l.rows, note: l.note },
    })),
    shipping_methods: parcel.shipping.map((s) => ({
      name: s.name,
      shipping_option_id: s.shipping_option_id,
      amount: fenToYuan(s.amount_fen),
      is_tax_inclusive: true,
      data: { freight_class: s.freight_class, service: s.service, weight_grams: s.weight_grams },
    })),
    metadata: { ...meta },
  }
}

export const prepareBulkOrderStepId = "prepare-bulk-order"

/**
 * Everything a bulk order will write, computed before anything is: the unit
 * (verified), the parcels (one order each, with freight), the reservations at
 * each partner's location, the reference, deadline and amount. Reads only; a
 * row the shop can no longer ship (a variant without a partner location, a
 * parcel too heavy with no freight option) is refused (400) naming its row.
 */
export const prepareBulkOrderStep = createStep(
  prepareBulkOrderStepId,
  async (input: PrepareBulkOrderInput, { container }) => {
    if (!input.rows.length) throw invalid("批量订单没有任何行")
    const unit = await container.resolve<UnitModuleService>(UNIT_MODULE).retrieveUnit(input.unit_id)
    if (unit.status !== "verified")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "单位尚未认证，不能批量下单")
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
    const variants = await variantFacts(container, [
      ...new Set(input.rows.map((r) => r.variant_id)),
    ])
    for (const row of input.rows) {
      const v = variants.get(row.variant_id)
      if (!v) throw invalid(`第 ${row.row} 行：商品 ${row.sku} 已下架`)
      if (v.inventory_item_id && !v.location_id)
        throw invalid(`第 ${row.row} 行：商品 ${row.sku} 没有发货仓库`)
    }
    let parcels: Parcel[]
    try {
      parcels = parcelsOf(input.rows, variants, await shippingOptions(container))
      if (input.quoted_shipping != null) {
        parcels = withShippingTotal(parcels, yuanToFen(input.quoted_shipping) ?? 0)
      }
    } catch (error) {
      if (error instanceof ParcelError) throw invalid(`第 ${error.row} 行：${error.message}`)
      throw error
    }
    const now = input.now ? new Date(input.now) : new Date()
    const days = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).paymentDays()
    const context = await storeContext(container)
    const who = { customer_id: customer.id, email: customer.email, company: unit.name }
    const meta = {
      bulk_order_id: "",
      unit_id: unit.id,
      po_number: input.po_number ?? null,
    }
    const orders = parcels.map((parcel) => ({
      order: orderOf(parcel, context, who, meta),
      total_fen: parcel.total_fen,
      reservations: parcel.lines.flatMap((l) => {
        const v = variants.get(l.variant_id)!
        return v.inventory_item_id
          ? [
              {
                variant_id: l.variant_id,
                inventory_item_id: v.inventory_item_id,
                quantity: l.quantity * v.required_quantity,
                location_id: v.location_id!,
              },
            ]
          : []
      }),
    }))
    return new StepResponse<PreparedBulkOrder>({
      bulk: {
        unit_id: unit.id,
        customer_id: customer.id,
        reference: newBulkReference(now),
        amount: fenToYuan(orders.reduce((sum, o) => sum + o.total_fen, 0)),
        currency_code: "cny",
        payment_deadline: bulkDeadlineAfter(now, days),
        po_number: input.po_number ?? null,
        note: input.note ?? null,
        parcels: orders.length,
      },
      orders,
    })
  }
)
