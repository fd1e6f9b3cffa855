/**
 * Which requests the catalogue cache may answer before Medusa's Express app,
 * and by what (backend/src/catalog-cache/front-answers.ts): a guest's GET of
 * the products, signed by its URL and every header that may change the
 * answer. The whole path runs on the production shop in
 * tests/browser/storefront/catalogue-replays.test.ts.
 */
import type { IncomingMessage } from "node:http"
import { requestSignature } from "../../backend/src/catalog-cache/front-answers"

const LIST = "/store/products?limit=12&region_id=reg_1"

function request(headers: Record<string, string>, url = LIST, method = "GET"): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage
}

const guest = { host: "shop.example", "x-publishable-api-key": "pk_1" }

describe("requests answered before the Express app", () => {
  it("signs a guest's product read by its URL and the headers that may change the answer", () => {
    const signature = requestSignature(request(guest))
    expect(signature).toContain(LIST)
    expect(signature).toContain("x-publishable-api-key:pk_1")
    // the client's, the connection's and the conditional headers do not change the answer
    expect(
      requestSignature(
        request({
          ...guest,
          "user-agent": "Mozilla/5.0 (iPhone)",
          connection: "keep-alive",
          "accept-encoding": "gzip",
          "if-none-match": 'W/"1-a"',
          "sec-fetch-mode": "cors",
        })
      )
    ).toBe(signature)
    // another key, locale, origin, URL or any header not known to be harmless is another request
    for (const other of [
      requestSignature(request({ ...guest, "x-publishable-api-key": "pk_2" })),
      requestSignature(request({ ...guest, "x-medusa-locale": "en-US" })),
      requestSignature(request({ ...guest, origin: "https://evil.example" })),
      requestSignature(request({ ...guest, "x-anything": "1" })),
      requestSignature(request(guest, `${LIST}&offset=12`)),
      requestSignature(request(guest, "/store/products/prod_1")),
    ]) {
      expect(other).not.toBeNull()
      expect(other).not.toBe(signature)
    }
  })

  it("leaves to the Express app anything but a guest's GET of the products", () => {
    expect(requestSignature(request({ ...guest, authorization: "Bearer t" }))).toBeNull()
    expect(requestSignature(request({ ...guest, cookie: "connect.sid=s" }))).toBeNull()
    expect(requestSignature(request(guest, LIST, "HEAD"))).toBeNull()
    expect(requestSignature(request(guest, LIST, "POST"))).toBeNull()
    expect(requestSignature(request({ ...guest, "content-length": "5" }))).toBeNull()
    expect(requestSignature(request({ ...guest, "transfer-encoding": "chunked" }))).toBeNull()
    expect(requestSignature(request(guest, "/store/carts/cart_1"))).toBeNull()
    expect(requestSignature(request(guest, "/admin/products"))).toBeNull()
    expect(requestSignature(request({ ...guest, "content-length": "0" }))).not.toBeNull()
  })
})

describe("answers kept for replay", () => {
  it("is bounded by count and by size, least recently used out first, and off at 0", async () => {
    const { ReplayedAnswers, readyAnswer } =
      await import("../../backend/src/catalog-cache/ready-answers")
    const replay = (c: string, length = 100) => ({
      answer: readyAnswer(c.repeat(length), undefined),
      headers: { "x-catalogue-cache": "replay" },
    })
    const byCount = new ReplayedAnswers(0, 2, 10_000)
    byCount.set("a", replay("a"))
    byCount.set("b", replay("b"))
    byCount.get("a")
    byCount.set("c", replay("c"))
    expect(byCount.get("a")?.answer.body.toString()).toBe("a".repeat(100))
    expect(byCount.get("b")).toBeUndefined()

    // a body may outlive its ready answer: the replays are bounded by bytes too
    const bySize = new ReplayedAnswers(0, 1000, 300)
    bySize.set("a", replay("a"))
    bySize.set("b", replay("b"))
    bySize.set("c", replay("c"))
    expect(bySize.get("a")).toBeUndefined()
    expect(bySize.get("c")).toBeDefined()
    bySize.set("big", replay("x", 400))
    expect(bySize.get("big")).toBeUndefined()
    bySize.clear()
    expect(bySize.get("c")).toBeUndefined()

    for (const off of [new ReplayedAnswers(0, 0, 300), new ReplayedAnswers(0, 10, 0)]) {
      off.set("a", replay("a", 1))
      expect(off.get("a")).toBeUndefined()
    }
  })
})
