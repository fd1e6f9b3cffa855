import { readFileSync } from "node:fs"
import { z } from "zod"
import { type AlipayCertificates, checkCertificates } from "./certificates"

/** Alipay's production gateway (OpenAPI v2, form-encoded, RSA2 signed). */
export const ALIPAY_GATEWAY = "https://openapi.alipay.com/gateway.do"

/**
 * The provider's options as medusa-config.ts passes them (from the ALIPAY_*
 * variables, docs/configuration.md). Keys are paths to PEM files.
 */
export const AlipayOptionsSchema = z
  .object({
    appId: z
      .string()
      .regex(/^\d{16}$/, "ALIPAY_APP_ID must be the 16-digit APPID of the Alipay app"),
    privateKeyPath: z
      .string()
      .min(1, "ALIPAY_PRIVATE_KEY must name the app private key's PEM file"),
    /** 公钥模式: Alipay's public key (PEM file); unset in 证书模式 */
    alipayPublicKeyPath: z.string().min(1).optional(),
    /** 证书模式 (all three, each a path or the PEM itself): the app's, Alipay's and Alipay's root certificate */
    appCert: z.string().min(1).optional(),
    alipayPublicCert: z.string().min(1).optional(),
    alipayRootCert: z.string().min(1).optional(),
    gateway: z.string().url().default(ALIPAY_GATEWAY),
    notifyUrl: z.string().url("ALIPAY_NOTIFY_URL must be the shop's public notify address"),
    returnUrl: z.string().url("ALIPAY_RETURN_URL must be the storefront's return address"),
    /** Minutes a buyer has to pay once the trade is created (time_expire). */
    timeoutMinutes: z.coerce.number().int().min(5).max(21_600).default(120),
  })
  .refine(
    (o) => [o.appCert, o.alipayPublicCert, o.alipayRootCert].every((v) => !v === !o.appCert),
    {
      message:
        "ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT and ALIPAY_ROOT_CERT go together (证书模式: all three set)",
    }
  )
  .refine((o) => Boolean(o.appCert) !== Boolean(o.alipayPublicKeyPath), {
    message:
      "set either ALIPAY_PUBLIC_KEY (公钥模式) or ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT and ALIPAY_ROOT_CERT (证书模式), not both",
  })
export type AlipayOptionsInput = z.input<typeof AlipayOptionsSchema>

export type AlipayConfig = Omit<
  z.output<typeof AlipayOptionsSchema>,
  "privateKeyPath" | "alipayPublicKeyPath" | "appCert" | "alipayPublicCert" | "alipayRootCert"
> & {
  privateKey: string
  /** 公钥模式 */
  alipayPublicKey?: string
  /** 证书模式: the three certificates' PEM (certificates.ts) */
  certs?: AlipayCertificates
}

/** A PEM given in the variable itself, or read from the path it names. */
function pemOrPath(value: string, variable: string): string {
  return value.includes("-----BEGIN") ? value.replaceAll("\\n", "\n").trim() : pem(value, variable)
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
  const {
    privateKeyPath,
    alipayPublicKeyPath,
    appCert,
    alipayPublicCert,
    alipayRootCert,
    ...rest
  } = parsed.data
  const privateKey = pem(privateKeyPath, "ALIPAY_PRIVATE_KEY")
  if (appCert && alipayPublicCert && alipayRootCert) {
    const certs = {
      appCert: pemOrPath(appCert, "ALIPAY_APP_CERT"),
      alipayPublicCert: pemOrPath(alipayPublicCert, "ALIPAY_PUBLIC_CERT"),
      alipayRootCert: pemOrPath(alipayRootCert, "ALIPAY_ROOT_CERT"),
    }
    checkCertificates(certs, privateKey)
    return { ...rest, privateKey, certs }
  }
  return { ...rest, privateKey, alipayPublicKey: pem(alipayPublicKeyPath!, "ALIPAY_PUBLIC_KEY") }
}
