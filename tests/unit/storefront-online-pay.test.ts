import {
  alipayChannelOf,
  clientIpOf,
  formatCountdown,
  h5UrlWithReturn,
  msUntil,
  payDevice,
} from "../../storefront/lib/checkout/online-pay"

const UA = {
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  windows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
  iphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  android:
    "Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
  harmony:
    "Mozilla/5.0 (Phone; OpenHarmony 4.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.0",
  wechatIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN",
  wechatWindows:
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13)",
}

describe("payDevice: which flow a browser gets", () => {
  it("tells computers, phones and WeChat's browser apart", () => {
    expect(payDevice(UA.mac)).toBe("desktop")
    expect(payDevice(UA.windows)).toBe("desktop")
    expect(payDevice(UA.iphone)).toBe("phone")
    expect(payDevice(UA.android)).toBe("phone")
    expect(payDevice(UA.harmony)).toBe("phone")
    // WeChat's browser, on a phone or on a computer: JSAPI (or its explanation), never H5
    expect(payDevice(UA.wechatIphone)).toBe("wechat")
    expect(payDevice(UA.wechatWindows)).toBe("wechat")
  })

  it("takes a missing User-Agent for a computer", () => {
    expect(payDevice(undefined)).toBe("desktop")
    expect(payDevice("")).toBe("desktop")
  })

  it("gives Alipay's wap pay to phones and WeChat, page pay to computers", () => {
    expect(alipayChannelOf("phone")).toBe("wap")
    expect(alipayChannelOf("wechat")).toBe("wap")
    expect(alipayChannelOf("desktop")).toBe("page")
  })
})

describe("clientIpOf: the buyer's IP for WeChat Pay's H5 pay", () => {
  it("takes the first address of x-forwarded-for, else x-real-ip", () => {
    expect(clientIpOf("113.88.12.7, 10.0.0.2", "10.0.0.2")).toBe("113.88.12.7")
    expect(clientIpOf(null, "120.230.5.9")).toBe("120.230.5.9")
    expect(clientIpOf("", "2408:8456:3010::1")).toBe("2408:8456:3010::1")
  })

  it("unwraps IPv4-mapped IPv6 and refuses what is no address", () => {
    expect(clientIpOf("::ffff:183.6.100.20", null)).toBe("183.6.100.20")
    expect(clientIpOf("unknown", "999.1.1.1")).toBeUndefined()
    expect(clientIpOf("<script>", null)).toBeUndefined()
    expect(clientIpOf(null, null)).toBeUndefined()
  })
})

describe("h5UrlWithReturn", () => {
  it("adds the encoded redirect_url", () => {
    expect(
      h5UrlWithReturn(
        "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&package=1",
        "https://shop.example.cn/checkout/wechatpay"
      )
    ).toBe(
      "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&package=1" +
        "&redirect_url=https%3A%2F%2Fshop.example.cn%2Fcheckout%2Fwechatpay"
    )
    expect(h5UrlWithReturn("https://pay.example/h5", "https://s.cn/a?b=1")).toBe(
      "https://pay.example/h5?redirect_url=https%3A%2F%2Fs.cn%2Fa%3Fb%3D1"
    )
  })
})

describe("the QR code's countdown", () => {
  const now = Date.parse("2026-12-01T10:00:00.000Z")

  it("counts to WeChat Pay's time_expire (China time with its offset)", () => {
    expect(msUntil("2026-12-01T18:30:00+08:00", now)).toBe(30 * 60 * 1000)
    expect(msUntil("2026-12-01T17:59:59+08:00", now)).toBe(0)
    expect(msUntil("not a date", now)).toBe(0)
  })

  it("reads mm:ss under an hour and h:mm:ss from an hour on, rounded up to the second", () => {
    expect(formatCountdown(0)).toBe("00:00")
    expect(formatCountdown(-5000)).toBe("00:00")
    expect(formatCountdown(1)).toBe("00:01")
    expect(formatCountdown(59_000)).toBe("00:59")
    expect(formatCountdown(9 * 60_000 + 5_000)).toBe("09:05")
    expect(formatCountdown(59 * 60_000 + 59_500)).toBe("1:00:00")
    expect(formatCountdown(2 * 3600_000)).toBe("2:00:00")
    expect(formatCountdown(3600_000 + 61_000)).toBe("1:01:01")
  })
})
