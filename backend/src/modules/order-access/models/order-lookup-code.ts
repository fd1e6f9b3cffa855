import { model } from "@medusajs/framework/utils"
import { CONTACT_CHANNELS } from "../../../shared/contact"

/**
 * A one-time code sent to a buyer's mobile (SMS) or e-mail so a guest can look
 * up the orders placed with that contact. Only a keyed hash of the code is
 * kept; `client_key` is a keyed hash of the requesting client's address (for
 * the per-client limit), never the address itself.
 */
const OrderLookupCode = model
  .define("order_lookup_code", {
    id: model.id({ prefix: "olcode" }).primaryKey(),
    contact: model.text(),
    channel: model.enum([...CONTACT_CHANNELS]),
    code_hash: model.text(),
    client_key: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    consumed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["contact", "created_at"] }, { on: ["client_key", "created_at"] }])

export default OrderLookupCode
