import common from "@/messages/zh-CN/common.json"
import catalog from "@/messages/zh-CN/catalog.json"
import product from "@/messages/zh-CN/product.json"
import cart from "@/messages/zh-CN/cart.json"
import checkout from "@/messages/zh-CN/checkout.json"
import account from "@/messages/zh-CN/account.json"
import order from "@/messages/zh-CN/order.json"
import unit from "@/messages/zh-CN/unit.json"
import bulk from "@/messages/zh-CN/bulk.json"
import unitReport from "@/messages/zh-CN/unit-report.json"
import unitApproval from "@/messages/zh-CN/unit-approval.json"
import invoice from "@/messages/zh-CN/invoice.json"
import quote from "@/messages/zh-CN/quote.json"
import { fillMessage, lookupMessage, type MessageTree, type MessageValues } from "./message-tree"

/**
 * The storefront's zh-CN messages, one file per part of the shop (each file's
 * top-level keys are its own namespace), merged into one dictionary.
 */
const messages: MessageTree = {
  ...common,
  ...catalog,
  ...product,
  ...cart,
  ...checkout,
  ...account,
  ...order,
  ...unit,
  ...bulk,
  ...unitReport,
  ...unitApproval,
  ...invoice,
  ...quote,
}

/** Looks up a zh-CN message by dotted key and fills {placeholders}. */
export function t(key: string, values: MessageValues = {}): string {
  const text = lookupMessage(messages, key)
  if (text === undefined) throw new Error(`Missing message: ${key}`)
  return fillMessage(text, values)
}

/** A whole namespace, e.g. for passing a client component its messages. */
export function messagesOf<T extends MessageTree = MessageTree>(namespace: string): T {
  const node = messages[namespace]
  if (!node || typeof node !== "object") throw new Error(`Missing messages: ${namespace}`)
  return node as T
}
