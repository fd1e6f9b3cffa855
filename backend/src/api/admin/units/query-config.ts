/** A unit's fields as the storefront reads them (GET /store/units/me). */
export const STORE_UNIT_FIELDS = [
  "id",
  "name",
  "kind",
  "credit_code",
  "invoice",
  "contacts",
  "headcount",
  "status",
  "verified_at",
  "reason",
  "created_at",
  "updated_at",
]

/** A unit's fields as the admin reads them (GET /admin/units, /admin/units/:id). */
export const ADMIN_UNIT_FIELDS = [...STORE_UNIT_FIELDS, "verified_by", "customer_group_id"]

/** A member's fields, with its customer's name and e-mail (a read-only link). */
export const UNIT_MEMBER_FIELDS = [
  "id",
  "customer_id",
  "role",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]
