/**
 * backend/src/shared/money.ts: amounts in Chinese capitals (人民币大写) as banks
 * (《支付结算办法》附一) and 财政部 (《会计基础工作规范》第五十二条) write them.
 */
import BigNumber from "bignumber.js"
import { yuanInCapitals } from "../../backend/src/shared/money"

describe("yuanInCapitals", () => {
  it.each([
    // the brief's and the rules' own examples
    ["12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"],
    ["100.00", "壹佰元整"],
    ["100.50", "壹佰元伍角"],
    ["1005.03", "壹仟零伍元零叁分"],
    ["0.05", "伍分"],
    ["1409.50", "壹仟肆佰零玖元伍角"],
    ["6007.14", "陆仟零柒元壹角肆分"],
    ["1680.32", "壹仟陆佰捌拾元叁角贰分"],
    ["107000.53", "壹拾万零柒仟元伍角叁分"],
    ["16409.02", "壹万陆仟肆佰零玖元零贰分"],
    ["325.04", "叁佰贰拾伍元零肆分"],
    // tens keep their 壹
    ["10", "壹拾元整"],
    ["10.00", "壹拾元整"],
    ["11", "壹拾壹元整"],
    ["110", "壹佰壹拾元整"],
    ["1010.10", "壹仟零壹拾元壹角"],
    ["100000", "壹拾万元整"],
    ["100000000.01", "壹亿元零壹分"],
    ["100000000", "壹亿元整"],
    ["100000700", "壹亿零柒佰元整"],
    ["100010000", "壹亿零壹万元整"],
    ["1000000001", "壹拾亿零壹元整"],
    ["120000000000", "壹仟贰佰亿元整"],
    ["999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
    ["10000", "壹万元整"],
    ["10010", "壹万零壹拾元整"],
    ["100100", "壹拾万零壹佰元整"],
    ["20000.20", "贰万元贰角"],
    ["600", "陆佰元整"],
    ["1", "壹元整"],
    ["0.5", "伍角"],
    ["0.55", "伍角伍分"],
    ["0.10", "壹角"],
    ["0", "零元整"],
    ["0.00", "零元整"],
    ["1.01", "壹元零壹分"],
    ["30.3", "叁拾元叁角"],
  ])("%s → %s", (amount, capitals) => {
    expect(yuanInCapitals(amount)).toBe(capitals)
  })

  it("is exact with BigNumbers and rounds half up to the fen once", () => {
    expect(yuanInCapitals(new BigNumber("0.1").plus("0.2"))).toBe("叁角")
    expect(yuanInCapitals("12.345")).toBe("壹拾贰元叁角伍分")
    expect(yuanInCapitals("12.344")).toBe("壹拾贰元叁角肆分")
    expect(yuanInCapitals("0.005")).toBe("壹分")
    expect(yuanInCapitals("99.995")).toBe("壹佰元整")
  })

  it("never writes 整 after 分, nor two 零 in a row", () => {
    for (const amount of ["1000.01", "100000000.01", "10000000.09", "100100100.11"]) {
      const text = yuanInCapitals(amount)
      expect(text.endsWith("分整")).toBe(false)
      expect(text).not.toMatch(/零零/)
    }
  })

  it("refuses negatives, what is no amount and amounts of 万亿 and more", () => {
    expect(() => yuanInCapitals("-1")).toThrow(/negative/)
    expect(() => yuanInCapitals("abc")).toThrow(/Not an amount/)
    expect(() => yuanInCapitals("1000000000000")).toThrow(/beyond/)
  })
})
