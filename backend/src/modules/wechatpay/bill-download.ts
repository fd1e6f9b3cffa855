import { createHash } from "node:crypto"
import { DATE_PATTERN } from "../../shared/china-time"
import type { ProviderBillRow } from "../../shared/payment-bill"
import { parseTradeBill } from "./bill"
import type { WechatPayClient } from "./client"

/**
 * GET /v3/bill/tradebill?bill_date=&bill_type=ALL → download_url, then the
 * file itself, checked against the SHA1 WeChat Pay gave with the address
 * (the file's own answer carries no signature), and parsed.
 */
export async function fetchTradeBill(
  client: WechatPayClient,
  billDate: string
): Promise<ProviderBillRow[]> {
  if (!DATE_PATTERN.test(billDate)) throw new Error(`WeChat Pay bill: bad date ${billDate}`)
  const bill = await client.request<{
    hash_type: string
    hash_value: string
    download_url: string
  }>("GET", `/v3/bill/tradebill?bill_date=${billDate}&bill_type=ALL`)
  if (!bill?.download_url) throw new Error("WeChat Pay bill: no download_url")
  const file = await client.download(bill.download_url)
  if (bill.hash_type === "SHA1") {
    const hash = createHash("sha1").update(file).digest("hex")
    if (hash.toLowerCase() !== bill.hash_value.toLowerCase()) {
      throw new Error("WeChat Pay bill: the file does not match its SHA1")
    }
  }
  return parseTradeBill(file.toString("utf8"))
}
