import { readFileSync } from "node:fs"
import { z } from "zod"

/** Alipay's production gateway (OpenAPI v2, form-encoded, RSA2 signed). */
export const ALIPAY_GATEWAY = "https://openapi.alipay.com/gateway.do"

/**
 * The provider's options as medusa-config.ts passes them (from the ALIPAY_*
 * variables, docs/configuration.md). Keys are paths to PEM files.
 */
export const AlipayOptionsSchema = z.object({
  appId: z.string().regex(/^\d{16}$/, "ALIPAY_APP_ID must be the 16-digit APPID of the Alipay app"),
  privateKeyPath: z.string().min(1, "ALIPAY_PRIVATE_KEY must name the app private key's PEM file"),
  alipayPublicKeyPath: z
    .string()
    .min(1, "ALIPAY_PUBLIC_KEY must name Alipay's public key PEM file"),
  gateway: z.string().url().default(ALIPAY_GATEWAY),
  notifyUrl: z.string().url("ALIPAY_NOTIFY_URL must be the shop's public notify address"),
  returnUrl: z.string().url("ALIPAY_RETURN_URL must be the storefront's return address"),
  /** Minutes a buyer has to pay once the trade is created (time_expire). */
  timeoutMinutes: z.coerce.number().int().min(5).max(21_600).default(120),
})
export type AlipayOptionsInput = z.input<typeof AlipayOptionsSchema>

export type AlipayConfig = Omit<
  z.output<typeof AlipayOptionsSchema>,
  "privateKeyPath" | "alipayPublicKeyPath"
> & {
  privateKey: string
  alipayPublicKey: string
}

/** Reads a PEM file, with a message that names the variable when it cannot. */
function pem(path: string, variable: string): string {
  try {
    const text = readFileSync(path, "utf8").trim()
    if (!text.includes("-----BEGIN")) throw new Error("not a PEM file")
    return text
  } catch (error) {
    throw new Error(`${variable} (${path}): ${(error as Error).message}`)
  }
}

/** Validated options with the keys read: a wrong setting stops the server at start with its reason. */
export function alipayConfig(options: AlipayOptionsInput): AlipayConfig {
  const parsed = AlipayOptionsSchema.safeParse(options)
  if (!parsed.success) {
    throw new Error(
      `Alipay provider: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`
    )
  }
  const { privateKeyPath, alipayPublicKeyPath, ...rest } = parsed.data
  return {
    ...rest,
    privateKey: pem(privateKeyPath, "ALIPAY_PRIVATE_KEY"),
    alipayPublicKey: pem(alipayPublicKeyPath, "ALIPAY_PUBLIC_KEY"),
  }
}
