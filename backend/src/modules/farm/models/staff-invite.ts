import { model } from "@medusajs/framework/utils"

/**
 * An invitation of a farm staff member: the Medusa invite it belongs to and
 * the partner the new user will belong to. `user_id` is set once the invite
 * is accepted and the user linked to the partner.
 */
const FarmStaffInvite = model
  .define("farm_staff_invite", {
    id: model.id({ prefix: "fsinv" }).primaryKey(),
    partner_id: model.text(),
    email: model.text(),
    invite_id: model.text(),
    invited_by: model.text().nullable(),
    user_id: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["email"] }, { on: ["invite_id"], unique: true }, { on: ["partner_id"] }])

export default FarmStaffInvite
