import common from "@/messages/zh-CN/common.json"
import catalog from "@/messages/zh-CN/catalog.json"
import product from "@/messages/zh-CN/product.json"
import cart from "@/messages/zh-CN/cart.json"
import checkout from "@/messages/zh-CN/checkout.json"
import account from "@/messages/zh-CN/account.json"
import order from "@/messages/zh-CN/order.json"

/**
 * The storefront's zh-CN messages, one file per part of the shop (each file's
 * top-level keys are its own namespace), merged into one dictionary.
 */
const messages: Record<string, unknown> = {
  ...common,
  ...catalog,
  ...product,
  ...cart,
  ...checkout,
  ...account,
  ...order,
}

/** Looks up a zh-CN message by dotted key and fills {placeholders}. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<any>((node, part) => node?.[part], messages)
  if (typeof text !== "string") throw new Error(`Missing message: ${key}`)
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? `{${name}}`))
}

/** A whole namespace, e.g. for passing a client component its messages. */
export function messagesOf<T = Record<string, unknown>>(namespace: string): T {
  const node = messages[namespace]
  if (!node || typeof node !== "object") throw new Error(`Missing messages: ${namespace}`)
  return node as T
}
