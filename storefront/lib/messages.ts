import messages from "@/messages/zh-CN.json"

type Messages = typeof messages

/** Looks up a zh-CN message by dotted key and fills {placeholders}. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<any>((node, part) => node?.[part], messages as Messages)
  if (typeof text !== "string") throw new Error(`Missing message: ${key}`)
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? `{${name}}`))
}
