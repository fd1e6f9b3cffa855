/**
 * Reading the zh-CN message files by dotted key. Pure, no imports: server
 * code (lib/messages.ts) and client components (which receive one namespace
 * of messages as a prop, so the message files stay out of their bundles) use
 * it alike.
 */

/** A namespace of messages as the JSON files hold them: texts, nested by part. */
export type MessageTree = { readonly [key: string]: string | MessageTree }

/** Placeholder values of a message ("{count} 件"). */
export type MessageValues = Record<string, string | number>

/** The text at a dotted key ("errors.required"), or undefined when there is none. */
export function lookupMessage(messages: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined
    node = node[part]
  }
  return typeof node === "string" ? node : undefined
}

/** Fills a message's {placeholders}; one without a value stays as written. */
export function fillMessage(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/**
 * The message function of a client component: the text at a key with its
 * placeholders filled, or the key itself when the namespace has no such text.
 */
export function messageReader(messages: MessageTree) {
  return (key: string, values?: MessageValues): string =>
    fillMessage(lookupMessage(messages, key) ?? key, values)
}
