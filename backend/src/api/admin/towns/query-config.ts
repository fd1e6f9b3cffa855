/** A town's fields as the admin reads them (GET /admin/towns, /admin/towns/:id). */
export const ADMIN_TOWN_FIELDS = [
  "id",
  "handle",
  "name",
  "name_pinyin",
  "district",
  "summary",
  "description",
  "specialties",
  "rank",
  "metadata",
  "created_at",
  "updated_at",
  "villages.id",
  "villages.name",
]
