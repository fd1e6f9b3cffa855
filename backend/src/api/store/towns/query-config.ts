/** A town in the store's list (GET /store/towns). */
export const STORE_TOWN_FIELDS = [
  "id",
  "handle",
  "name",
  "name_pinyin",
  "district",
  "summary",
  "specialties",
  "rank",
  "villages.id",
  "villages.name",
]

/** A town's page (GET /store/towns/:handle) with its partners' public fields. */
export const STORE_TOWN_DETAIL_FIELDS = [
  ...STORE_TOWN_FIELDS,
  "description",
  "partners.id",
  "partners.handle",
  "partners.name",
  "partners.kind",
  "partners.summary",
  "partners.households_involved",
  "partners.is_active",
  "partners.village.id",
  "partners.village.name",
]
