"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  addShippingMethod,
  completeCart,
  forgetCart,
  retrieveCart,
  updateCart,
} from "@/lib/data/cart"
import { shippingByProfile } from "@/lib/data/fulfillment"
import {
  ALIPAY_PROVIDER,
  BANK_TRANSFER_PROVIDER,
  initiatePayment,
  paymentProviders,
  STRIPE_PROVIDER,
  SYSTEM_PROVIDER,
  WECHATPAY_PROVIDER,
} from "@/lib/data/payment"
import { alipayChannelOf, type WechatPayView } from "@/lib/checkout/online-pay"
import { openWechatPay, rememberAlipayOrder, requestDevice } from "@/lib/checkout/online-session"
import { retrieveCustomer } from "@/lib/data/customer"
import { divisionsOf, medusaAddress } from "@/lib/address/medusa-address"
import { cascadeOptions } from "@/lib/address/regions"
import { contactKind } from "@shared/contact"
import { PO_NUMBER_METADATA_KEY, UNIT_NOTE_METADATA_KEY, unitOrderNoteSchema } from "@shared/cart"
import { unitOrderNoteOf } from "@http/unit-order"
import { setUnitOrderNote } from "@/lib/data/units"
import { setCartInvoice } from "@/lib/data/invoices"
import { CHECKOUT_INVOICE_METADATA_KEY } from "@shared/invoice"
import { checkoutInvoiceOf } from "@/lib/checkout/invoice"
import { checkoutSchema, fieldErrors, type FieldErrors } from "@/lib/checkout/schema"
import { messageOf } from "@/lib/errors"
import { t } from "@/lib/messages"

export type CheckoutValues = Record<string, string>

export type CheckoutState = {
  /** increases with every answer, so the form can re-read its values */
  round: number
  values: CheckoutValues
  errors: FieldErrors
  /** a message for the whole form */
  formError?: string
  /** set when the buyer pays online: the Payment Element confirms with it */
  stripe?: { client_secret: string }
  /** set when the buyer pays with 微信支付: the QR code, H5 link or JSAPI parameters */
  wechatpay?: WechatPayView
  /** inside WeChat: the 网页授权 address the page sends the browser to before JSAPI pay */
  wechatOauth?: string
  /** the cities and districts of the chosen province and city */
  options?: {
    cities: { code: string; name: string }[]
    districts: { code: string; name: string }[]
  }
}

const TEXT_FIELDS = [
  "contact",
  "recipient",
  "phone",
  "province",
  "city",
  "district",
  "street",
  "detail",
  "postal_code",
  "payment",
  "po_number",
  "unit_note",
]

function valuesOf(form: FormData): CheckoutValues {
  const values: CheckoutValues = {}
  for (const [key, value] of form.entries()) {
    if (
      typeof value === "string" &&
      (TEXT_FIELDS.includes(key) || key.startsWith("shipping_") || key.startsWith("invoice_"))
    )
      values[key] = value
  }
  return values
}

/** The cart's metadata without the keys only the shop's routes write (Medusa's cart update refuses them). */
function ownMetadata(metadata: Record<string, unknown> | null | undefined) {
  const {
    [PO_NUMBER_METADATA_KEY]: _po,
    [UNIT_NOTE_METADATA_KEY]: _note,
    [CHECKOUT_INVOICE_METADATA_KEY]: _invoice,
    ...rest
  } = metadata ?? {}
  return rest
}

/** The payment provider behind the 对公转账 choice: the bank-transfer provider, or Medusa's system provider until it exists. */
function bankTransferProvider(providers: string[]) {
  return providers.includes(BANK_TRANSFER_PROVIDER) ? BANK_TRANSFER_PROVIDER : SYSTEM_PROVIDER
}

/**
 * Places the order: validates every field first (nothing is written to the
 * cart on invalid input), then sets the contact and address, one shipping
 * method per shipping profile, the payment session, and completes the cart.
 * `intent=regions` only re-renders the form with the chosen province/city
 * (the address cascade without JavaScript).
 */
export async function placeOrder(previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = valuesOf(form)
  const round = (previous?.round ?? 0) + 1
  const { cities, districts } = cascadeOptions(values.province, values.city)
  const options = { cities, districts }
  if (form.get("intent") === "regions") return { round, values, errors: {}, options }

  const cart = await retrieveCart()
  if (!cart || !cart.items?.length)
    return { round, values, errors: {}, options, formError: t("checkout.errors.emptyCart") }

  const parsed = checkoutSchema.safeParse(values)
  // the address must be a real province → city → district of GB/T 2260
  const { divisions, errors: regionErrors } = divisionsOf(values)
  const errors: FieldErrors = {
    ...regionErrors,
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
  }

  // one delivery choice per shipping profile in the cart, among that profile's options
  const profiles = await shippingByProfile(cart)
  for (const profile of profiles) {
    const chosen = values[`shipping_${profile.storage}`]
    if (!chosen || !profile.options.some((o) => o.id === chosen)) {
      errors[`shipping_${profile.storage}`] = t("checkout.errors.shippingRequired")
    }
  }

  const providers = await paymentProviders(cart.region_id!)
  // Stripe needs the region's provider and a publishable key for the Payment Element
  const stripeOffered =
    providers.includes(STRIPE_PROVIDER) && Boolean(process.env.STRIPE_PUBLISHABLE_KEY)
  const allowed = [
    ...(providers.includes(WECHATPAY_PROVIDER) ? ["wechatpay"] : []),
    ...(providers.includes(ALIPAY_PROVIDER) ? ["alipay"] : []),
    "bank_transfer",
    ...(stripeOffered ? ["stripe"] : []),
  ]
  if (values.payment && !allowed.includes(values.payment))
    errors.payment ??= t("checkout.errors.paymentRequired")

  // a unit order's 采购单号 and 备注 (shared limits; the route checks the unit again)
  const unitNote = unitOrderNoteSchema.safeParse({
    po_number: values.po_number ?? "",
    unit_note: values.unit_note ?? "",
  })
  if (!unitNote.success) Object.assign(errors, fieldErrors(unitNote.error))
  // 开具发票: checked with the shared 发票 rules before anything is written
  const invoice = checkoutInvoiceOf(values)
  Object.assign(errors, invoice.errors)

  if (Object.keys(errors).length || !parsed.success || !divisions || !unitNote.success) {
    return { round, values, errors, options, formError: t("checkout.errors.fixFields") }
  }
  const input = parsed.data
  const customer = await retrieveCustomer().catch(() => null)
  const kind = contactKind(input.contact)
  const email = kind === "email" ? input.contact.toLowerCase() : (customer?.email ?? undefined)
  const address = medusaAddress(input, divisions)

  let orderId: string
  let payUrl: string | undefined
  try {
    await updateCart(cart.id, {
      ...(email ? { email } : {}),
      shipping_address: address,
      billing_address: address,
      metadata: { ...ownMetadata(cart.metadata), contact: input.contact, contact_kind: kind },
    })
    const note = unitNote.data
    if (note.po_number || note.unit_note || unitOrderNoteOf(cart.metadata).po_number) {
      await setUnitOrderNote(cart.id, note)
    }
    if (invoice.invoice || cart.metadata?.[CHECKOUT_INVOICE_METADATA_KEY]) {
      // the backend checks it again; its Chinese refusal is shown before any order exists
      const refused = await setCartInvoice(cart.id, invoice.invoice).then(
        () => null,
        (error: unknown) => messageOf(error)
      )
      if (refused !== null) {
        const formError = /[\u4e00-\u9fff]/.test(refused) ? refused : t("checkout.invoice.failed")
        return { round, values, errors: {}, options, formError }
      }
    }
    for (const profile of profiles) {
      await addShippingMethod(cart.id, values[`shipping_${profile.storage}`])
    }
    const fresh = (await retrieveCart(cart.id))!
    if (input.payment === "stripe") {
      const session = await initiatePayment(fresh, STRIPE_PROVIDER)
      const secret = session?.data?.client_secret
      if (typeof secret !== "string" || !secret)
        return { round, values, errors: {}, options, formError: t("checkout.errors.paymentFailed") }
      // the summary beside the Payment Element shows what is charged: shipping included
      refresh()
      return { round, values, errors: {}, options, stripe: { client_secret: secret } }
    }
    if (input.payment === "wechatpay") {
      // the order is placed when the money arrives (WeChat Pay's notification or the status query)
      const wechatpay = await openWechatPay(fresh)
      if (!wechatpay)
        return { round, values, errors: {}, options, formError: t("checkout.errors.paymentFailed") }
      if ("authorize_url" in wechatpay)
        return { round, values, errors: {}, options, wechatOauth: wechatpay.authorize_url }
      refresh()
      return { round, values, errors: {}, options, wechatpay }
    }
    if (input.payment === "alipay") {
      // 支付宝: the order is placed first (awaiting payment), then the buyer goes to Alipay's cashier
      const channel = alipayChannelOf(await requestDevice())
      const session = await initiatePayment(fresh, ALIPAY_PROVIDER, { channel })
      payUrl = typeof session?.data?.pay_url === "string" ? session.data.pay_url : undefined
      if (!payUrl)
        return { round, values, errors: {}, options, formError: t("checkout.errors.paymentFailed") }
    } else {
      await initiatePayment(fresh, bankTransferProvider(providers))
    }
    const result = await completeCart(cart.id)
    if (result.type !== "order") {
      return { round, values, errors: {}, options, formError: t("checkout.errors.completeFailed") }
    }
    orderId = result.order.id
    if (payUrl) await rememberAlipayOrder(orderId)
  } catch (error) {
    const message = messageOf(error)
    // the unit's approval policy holds this order: the server's own Chinese reason says where to ask
    const formError = /审批/.test(message)
      ? message
      : /inventory|stock/i.test(message)
        ? t("checkout.errors.outOfStock")
        : t("checkout.errors.completeFailed")
    return { round, values, errors: {}, options, formError }
  }
  await forgetCart()
  redirect(payUrl ?? `/order/${orderId}/confirmed`)
}

/** After the Payment Element confirmed the payment: completes the cart. */
export async function completeOnlinePayment(): Promise<{ error?: string }> {
  const cart = await retrieveCart()
  if (!cart) return { error: t("checkout.errors.emptyCart") }
  let orderId: string
  try {
    const result = await completeCart(cart.id)
    if (result.type !== "order") return { error: t("checkout.errors.paymentFailed") }
    orderId = result.order.id
  } catch {
    return { error: t("checkout.errors.paymentFailed") }
  }
  await forgetCart()
  redirect(`/order/${orderId}/confirmed`)
}
