import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BankTransferData } from "../../../../modules/bank-transfer/service"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../../../modules/remittance"
import { standingOf } from "../../../../modules/remittance/standing"
import { yuanString } from "../../../../shared/money"
import {
  BANK_TRANSFER_PROVIDER_ID,
  type StoreBankTransferInstructionsResponse,
} from "../../../../types/http/payments"
import type { StoreBankTransferInstructionsParamsType } from "./validators"

type Session = {
  id: string
  provider_id: string
  amount: number | string
  currency_code: string
  status: string
  data: Partial<BankTransferData> | null
  created_at: Date | string
}

type Payment = {
  id: string
  provider_id: string
  payment_session_id: string
  captured_at: Date | string | null
  canceled_at: Date | string | null
  data: Partial<BankTransferData> | null
}

type Collection = {
  payment_sessions?: (Session | null)[] | null
  payments?: (Payment | null)[] | null
} | null

const COLLECTION_FIELDS = [
  "payment_collections.id",
  "payment_collections.payment_sessions.id",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.amount",
  "payment_collections.payment_sessions.currency_code",
  "payment_collections.payment_sessions.status",
  "payment_collections.payment_sessions.data",
  "payment_collections.payment_sessions.created_at",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.payment_session_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.data",
]

/**
 * GET /store/bank-transfer/instructions?cart_id=… or ?order_id=…
 *
 * What a buyer who chose 对公转账 needs to pay: the payee account, the amount
 * and the reference code for the transfer's 附言, with the payment's state
 * (`awaiting_transfer` until the support team captures it in the admin, then
 * `received`). The same values are in the bank-transfer payment session's
 * `data` on the cart. Once the order is placed: its payment deadline
 * (`deadline_at`, after which an unpaid order is cancelled) and what has
 * arrived so far (`received_amount`, `outstanding_amount`).
 *
 * By cart: whoever holds the cart id (the browser that filled it). By order:
 * only who may read the order (its customer, the placing browser's order
 * token, a guest's lookup token: the order-access middleware, which answers
 * 404 to anyone else).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreBankTransferInstructionsParamsType>,
  res: MedusaResponse<StoreBankTransferInstructionsResponse>
) {
  const { cart_id, order_id } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  let collections: Collection[] = []
  let orderId: string | null = order_id ?? null
  if (cart_id) {
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        ...COLLECTION_FIELDS.map((f) => f.replace("payment_collections.", "payment_collection.")),
      ],
      filters: { id: cart_id },
    })
    const [cart] = data as { completed_at: Date | null; payment_collection: Collection }[]
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} not found`)
    collections = [cart.payment_collection].filter(Boolean)
    if (cart.completed_at) {
      const { data: links } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id },
      })
      orderId = (links as { order_id: string }[])[0]?.order_id ?? null
    }
  } else {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", ...COLLECTION_FIELDS],
      filters: { id: order_id },
    })
    const [order] = data as { payment_collections: Collection[] | null }[]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} not found`)
    collections = order.payment_collections ?? []
  }

  const sessions = collections
    .flatMap((c) => c?.payment_sessions ?? [])
    .filter(
      (s): s is Session => s?.provider_id === BANK_TRANSFER_PROVIDER_ID && !!s.data?.reference
    )
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
  const session = sessions[0]
  if (!session) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No bank transfer payment for this cart or order"
    )
  }
  const payment = collections
    .flatMap((c) => c?.payments ?? [])
    .find((p): p is Payment => p?.payment_session_id === session.id)
  const data = session.data as BankTransferData
  const state = payment?.captured_at
    ? "received"
    : payment?.canceled_at || data.state === "canceled"
      ? "canceled"
      : "awaiting_transfer"
  const receipts = payment
    ? await req.scope
        .resolve<RemittanceModuleService>(REMITTANCE_MODULE)
        .listRemittanceReceipts({ payment_id: payment.id }, { select: ["amount"] })
    : []
  const standing = standingOf({
    amount: session.amount,
    receipts: receipts.map((r) => r.amount),
    captured_at: payment?.captured_at,
    canceled_at: state === "canceled" ? (payment?.canceled_at ?? new Date()) : null,
  })
  const deadline = payment?.data?.deadline_at ?? data.deadline_at ?? null

  res.setHeader("Cache-Control", "no-store")
  res.json({
    bank_transfer: {
      provider_id: BANK_TRANSFER_PROVIDER_ID,
      reference: data.reference,
      amount: yuanString(MathBN.convert(session.amount)),
      currency_code: session.currency_code,
      payee: data.payee,
      state,
      order_id: orderId,
      /** ISO instant; null until the order is placed */
      deadline_at: deadline ? new Date(deadline).toISOString() : null,
      received_amount: standing.received_amount,
      outstanding_amount: standing.outstanding_amount,
      instructions: [
        "请通过网上银行或银行柜台，向以下对公账户转账付款。",
        `转账附言（备注）请填写付款识别码 ${data.reference}，以便我们核对到账。`,
        "转账金额请与订单应付金额一致；到账确认后我们将尽快安排发货。",
      ],
    },
  })
}
