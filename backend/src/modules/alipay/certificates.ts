/**
 * Alipay's 证书模式 (public-key certificates), checked once at start so that a
 * wrong file stops the server naming its variable instead of failing every
 * payment: the app certificate (appCertPublicKey_<APPID>.crt) must hold the
 * public key of ALIPAY_PRIVATE_KEY, Alipay's public certificate
 * (alipayCertPublicKey_RSA2.crt, the certificate and its issuing CA) must
 * chain up to a certificate of Alipay's root file (alipayRootCert.crt, several
 * roots), and neither may be expired. alipay-sdk then derives from them the
 * app_cert_sn and alipay_root_cert_sn it sends with each request, and the
 * Alipay public key it verifies answers and notifications with.
 */
import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto"

export type AlipayCertificates = {
  /** PEM of the app's public-key certificate */
  appCert: string
  /** PEM of Alipay's public-key certificate (with its CA) */
  alipayPublicCert: string
  /** PEM of Alipay's root certificates */
  alipayRootCert: string
}

/** The certificates of a PEM text, in order. */
export function certificatesOf(pem: string, variable: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  if (!blocks.length) throw new Error(`${variable}: no certificate (PEM) found`)
  try {
    return blocks.map((block) => new X509Certificate(block))
  } catch (error) {
    throw new Error(`${variable}: not a certificate (${(error as Error).message})`)
  }
}

function checkValidity(certificate: X509Certificate, variable: string, now: number) {
  if (now < Date.parse(certificate.validFrom)) {
    throw new Error(`${variable}: the certificate is valid only from ${certificate.validFrom}`)
  }
  if (now > Date.parse(certificate.validTo)) {
    throw new Error(`${variable}: the certificate expired on ${certificate.validTo}`)
  }
}

/** Whether `leaf` chains up to one of `roots` through `intermediates` (each signature checked). */
export function chainsTo(
  leaf: X509Certificate,
  intermediates: X509Certificate[],
  roots: X509Certificate[]
): boolean {
  let current = leaf
  const pool = [...intermediates]
  for (let depth = 0; depth < 5; depth++) {
    const issuedBy = (ca: X509Certificate) =>
      current.checkIssued(ca) && current.verify(ca.publicKey)
    if (roots.some(issuedBy)) return true
    const next = pool.findIndex(issuedBy)
    if (next < 0) return false
    current = pool.splice(next, 1)[0]
  }
  return false
}

/** Throws, naming the variable, unless the three certificates fit together and with the private key. */
export function checkCertificates(
  certs: AlipayCertificates,
  privateKeyPem: string,
  now = Date.now()
): void {
  const [app] = certificatesOf(certs.appCert, "ALIPAY_APP_CERT")
  const [alipay, ...intermediates] = certificatesOf(certs.alipayPublicCert, "ALIPAY_PUBLIC_CERT")
  const roots = certificatesOf(certs.alipayRootCert, "ALIPAY_ROOT_CERT")
  checkValidity(app, "ALIPAY_APP_CERT", now)
  checkValidity(alipay, "ALIPAY_PUBLIC_CERT", now)
  const spki = (key: ReturnType<typeof createPublicKey>) =>
    key.export({ type: "spki", format: "der" }).toString("base64")
  if (spki(app.publicKey) !== spki(createPublicKey(createPrivateKey(privateKeyPem)))) {
    throw new Error(
      "ALIPAY_APP_CERT: the app certificate does not hold the public key of ALIPAY_PRIVATE_KEY"
    )
  }
  if (!chainsTo(alipay, intermediates, roots)) {
    throw new Error(
      "ALIPAY_PUBLIC_CERT: Alipay's public certificate is not issued under ALIPAY_ROOT_CERT"
    )
  }
}
