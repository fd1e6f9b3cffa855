import "server-only"

/**
 * China's provinces, cities and districts (GB/T 2260): one home in
 * backend/src/shared/regions.ts (the bulk-order rows resolve names with it
 * too); the storefront reads them on the server only (the list is large).
 */
export {
  cascadeOptions,
  findCity,
  findDistrict,
  findProvince,
  provinces,
  type City,
  type Division,
  type District,
  type Province,
} from "@shared/regions"
