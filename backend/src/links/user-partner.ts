import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ProvenanceModule from "../modules/provenance"

/**
 * Farm staff: a user belongs to at most one partner (its farm account); a
 * partner has many users. Users without a partner are the support team.
 */
export default defineLink(
  { linkable: UserModule.linkable.user, isList: true },
  ProvenanceModule.linkable.partner
)
