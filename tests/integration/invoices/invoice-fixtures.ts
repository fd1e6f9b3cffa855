/**
 * 发票 requests in HTTP tests: a paid order of a signed-in buyer, request
 * bodies, a refund, and the support team's issue and upload.
 */
import type { Headers, ShopSuite } from "../../fixtures/http"
import { eventually, payOrder, placeOrder } from "../../fixtures/orders"
import { creditCode } from "../../fixtures/units"

/** A minimal valid PDF: what the support team attaches. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1")

export const normalBody = (amount: string, extra: Record<string, unknown> = {}) => ({
  kind: "normal",
  title: "李明",
  tax_id: creditCode(777),
  amount,
  email: "li.ming@example.cn",
  ...extra,
})

export const specialDetails = {
  registered_address: "梅州市梅县区新城办事处华侨城 1 号",
  registered_phone: "0753-2188888",
  bank_name: "中国农业银行梅县支行",
  bank_account: "4425 0101 0400 1234 5",
}

export function invoices(shop: ShopSuite) {
  const { api, admin, store, getContainer } = shop

  const call = (method: string, url: string, auth?: Headers, data?: unknown) =>
    api.request({
      method,
      url,
      data,
      headers: { ...store.headers, ...(auth?.headers ?? {}) },
      validateStatus: () => true,
    }) as Promise<{ status: number; data: any }>

  const adminCall = (method: string, url: string, data?: unknown) =>
    api.request({ method, url, data, ...admin, validateStatus: () => true }) as Promise<{
      status: number
      data: any
    }>

  /** An order placed by `buyer`; paid (captured) unless `paid: false`. */
  const order = async (buyer: Headers, options: { paid?: boolean } = {}) => {
    const placed = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: "shejiang-simiao-rice", quantity: 2 }],
      auth: buyer.headers,
    })
    if (options.paid !== false) await payOrder(api, admin, placed.id)
    return placed as { id: string; total: number }
  }

  const paymentOf = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=*payment_collections.payments`,
      admin
    )
    return data.order.payment_collections[0].payments[0].id as string
  }

  /** Refunds `amount` yuan of the order's payment. */
  const refund = async (orderId: string, amount: number) => {
    const r = await adminCall("POST", `/admin/payments/${await paymentOf(orderId)}/refund`, {
      amount,
    })
    expect(r.status, JSON.stringify(r.data)).toBe(200)
  }

  const upload = (id: string, body: Buffer) => {
    const form = new FormData()
    form.append("file", new Blob([new Uint8Array(body)]), "invoice.pdf")
    return api.post(`/admin/invoice-requests/${id}/file`, form, {
      ...admin,
      validateStatus: () => true,
    }) as Promise<{ status: number; data: any }>
  }

  const download = (url: string, auth: Headers) =>
    api.get(url, {
      headers: { ...store.headers, ...auth.headers },
      responseType: "arraybuffer",
      validateStatus: () => true,
    }) as Promise<{ status: number; data: ArrayBuffer; headers: Record<string, string> }>

  /** Waits until the support team reads the request in `status` (subscribers run in the background). */
  const statusBecomes = (id: string, status: string) =>
    eventually(async () => {
      const r = await adminCall("GET", `/admin/invoice-requests/${id}`)
      return r.data.invoice_request?.status === status ? r.data : null
    })

  return { call, adminCall, order, refund, upload, download, statusBecomes }
}
