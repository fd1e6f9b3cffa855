import fs from "node:fs"
import { adminCredentials } from "../backend/src/scripts/seed/admin-credentials"
const { base, storefrontUrl } = JSON.parse(fs.readFileSync("/tmp/sfc16/shop.json", "utf8"))
async function main() {
  const { email, password } = adminCredentials()
  const { token } = await (await fetch(`${base}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })).json()
  const admin = async (p: string, body?: unknown) => (await fetch(base + p, { method: body ? "POST" : "GET", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined })).json()
  const { products } = await admin("/admin/products?handle=meixian-golden-pomelo&fields=id,*variants")
  const p = products[0]
  const five = p.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
  const title = process.argv[2] ?? "梅县金柚（新采）"
  const t0 = Date.now()
  await admin(`/admin/products/${p.id}`, { title })
  await admin(`/admin/products/${p.id}/variants/${five.id}`, { prices: [{ currency_code: "cny", amount: 35.8 }] })
  console.log("admin calls ms", Date.now() - t0)
  for (let i = 0; i < 60; i++) {
    const r = await fetch(`${storefrontUrl}/products/meixian-golden-pomelo`)
    const html = await r.text()
    const c = (await (await fetch(`${storefrontUrl}/products?town=songyuan`)).text()) + (await (await fetch(`${storefrontUrl}/towns/songyuan`)).text()).replace(/x/g, "")
    console.log(Date.now() - t0, r.headers.get("x-nextjs-cache"), html.includes(title), html.includes("¥35.80"), c.split(title).length === 3)
    if (html.includes(title) && html.includes("¥35.80") && c.split(title).length === 3) break
    await new Promise((r) => setTimeout(r, 300))
  }
}
main()
