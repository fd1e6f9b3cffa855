import { sdk } from "./sdk"

export type FarmVariant = {
  id: string
  title: string
  sku: string | null
  inventory_item_id: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock_threshold: number | null
  is_low: boolean
}

export type FarmProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  storage: string | null
  presale_ships_from: string | null
  variants: FarmVariant[]
}

export type FarmPartner = {
  id: string
  handle: string
  name: string
  town?: { id: string; name: string } | null
  stock_location?: { id: string; name: string } | null
}

export type FarmOverview = {
  is_support: boolean
  partner: FarmPartner | null
  partners: FarmPartner[]
}

export type FarmBatch = {
  id: string
  product_id: string
  variant_id: string
  batch_code: string
  harvested_on: string
  quantity: number
  note: string | null
  created_at: string
}

export type FarmOrderLine = {
  id: string
  order_id: string
  order_display_id: number
  placed_at: string
  /** when the order was paid: only paid orders are listed */
  paid_at: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  unshipped_quantity: number
  shipping_method: string | null
  recipient: {
    name: string
    phone: string | null
    address: string
    postal_code: string | null
  } | null
  shipments: {
    fulfillment_id: string
    carrier: string | null
    tracking_numbers: string[]
    shipped_at: string | null
  }[]
}

export type FarmAuditEntry = {
  id: string
  product_title: string | null
  variant_title: string | null
  reason: "sale" | "manual" | "batch" | "return" | "presale"
  before: number
  after: number
  delta: number
  actor_email: string | null
  note: string | null
  created_at: string
}

export type FarmLedgerEntry = {
  id: string
  kind: string
  order_display_id: number | null
  product_title: string | null
  variant_title: string | null
  quantity: number
  amount: string
  occurred_at: string
  day: string
}

export type FarmStatement = {
  month: string
  partner: { id: string; name: string }
  rows: {
    product_title: string | null
    variant_title: string | null
    quantity: number
    amount: string
  }[]
  entries: FarmLedgerEntry[]
  total: { amount: string; quantity: number; orders: number }
}

export type StockChange = { variant_id: string; set?: number; adjust?: number }

/** Empty values are not sent; the support team's chosen farm travels as ?partner_id=. */
const withPartner = (
  partnerId: string | undefined,
  params: Record<string, string | number | undefined> = {}
) =>
  Object.fromEntries(
    Object.entries({ ...params, partner_id: partnerId }).filter(
      ([, v]) => v !== undefined && v !== ""
    )
  )

export const farmApi = {
  overview: (partnerId?: string) =>
    sdk.client.fetch<FarmOverview>("/admin/farm", { query: withPartner(partnerId) }),
  products: (partnerId?: string) =>
    sdk.client.fetch<{ products: FarmProduct[] }>("/admin/farm/products", {
      query: withPartner(partnerId),
    }),
  changeStock: (partnerId: string | undefined, changes: StockChange[], note?: string) =>
    sdk.client.fetch<{ products: FarmProduct[] }>("/admin/farm/inventory", {
      method: "POST",
      query: withPartner(partnerId),
      body: { changes, ...(note ? { note } : {}) },
    }),
  setThreshold: (partnerId: string | undefined, variantId: string, threshold: number | null) =>
    sdk.client.fetch<{ variant: FarmVariant }>(`/admin/farm/variants/${variantId}`, {
      method: "POST",
      query: withPartner(partnerId),
      body: { low_stock_threshold: threshold },
    }),
  setPresale: (partnerId: string | undefined, productId: string, shipsFrom: string | null) =>
    sdk.client.fetch<{ product: FarmProduct }>(`/admin/farm/products/${productId}/presale`, {
      method: "POST",
      query: withPartner(partnerId),
      body: { ships_from: shipsFrom },
    }),
  batches: (partnerId?: string) =>
    sdk.client.fetch<{ batches: FarmBatch[]; count: number }>("/admin/farm/batches", {
      query: withPartner(partnerId, { limit: 100 }),
    }),
  createBatch: (
    partnerId: string | undefined,
    body: {
      variant_id: string
      batch_code: string
      harvested_on: string
      quantity: number
      note?: string
    }
  ) =>
    sdk.client.fetch<{ batch: FarmBatch }>("/admin/farm/batches", {
      method: "POST",
      query: withPartner(partnerId),
      body,
    }),
  orderLines: (partnerId: string | undefined, status: "open" | "all") =>
    sdk.client.fetch<{ order_lines: FarmOrderLine[]; count: number }>("/admin/farm/order-lines", {
      query: withPartner(partnerId, { status, limit: 100 }),
    }),
  ship: (
    partnerId: string | undefined,
    body: {
      order_id: string
      items: { id: string; quantity: number }[]
      carrier: string
      tracking_number: string
    }
  ) =>
    sdk.client.fetch<{ fulfillment_id: string }>("/admin/farm/shipments", {
      method: "POST",
      query: withPartner(partnerId),
      body,
    }),
  audit: (partnerId?: string) =>
    sdk.client.fetch<{ audit: FarmAuditEntry[]; count: number }>("/admin/farm/audit", {
      query: withPartner(partnerId, { limit: 100 }),
    }),
  statement: (partnerId: string | undefined, month: string) =>
    sdk.client.fetch<FarmStatement>("/admin/farm/statement", {
      query: withPartner(partnerId, { month }),
    }),
  statementCsv: async (partnerId: string | undefined, month: string) => {
    const response = await sdk.client.fetch<Response>("/admin/farm/statement", {
      query: withPartner(partnerId, { month, format: "csv" }),
      headers: { accept: "*/*" },
    })
    return response.blob()
  },
  staff: (partnerId: string) =>
    sdk.client.fetch<{
      users: { id: string; email: string; first_name: string | null; last_name: string | null }[]
      invites: { id: string; email: string; expires_at: string; accept_url: string }[]
    }>(`/admin/partners/${partnerId}/staff`),
  inviteStaff: (partnerId: string, email: string) =>
    sdk.client.fetch<{ invite: { id: string; email: string; accept_url: string } }>(
      `/admin/partners/${partnerId}/staff`,
      {
        method: "POST",
        body: { email },
      }
    ),
}

export const farmQueryKeys = {
  all: ["meixian", "farm"] as const,
  overview: (partnerId?: string) => ["meixian", "farm", "overview", partnerId ?? ""] as const,
  products: (partnerId?: string) => ["meixian", "farm", "products", partnerId ?? ""] as const,
  batches: (partnerId?: string) => ["meixian", "farm", "batches", partnerId ?? ""] as const,
  orderLines: (partnerId: string | undefined, status: string) =>
    ["meixian", "farm", "order-lines", partnerId ?? "", status] as const,
  audit: (partnerId?: string) => ["meixian", "farm", "audit", partnerId ?? ""] as const,
  statement: (partnerId: string | undefined, month: string) =>
    ["meixian", "farm", "statement", partnerId ?? "", month] as const,
  staff: (partnerId: string) => ["meixian", "farm", "staff", partnerId] as const,
}
