import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  partnerCreateSchema,
  partnerUpdateSchema,
  townCreateSchema,
  townUpdateSchema,
} from "../modules/provenance/validation"
import {
  AdminListPartnersParams,
  AdminListTownsParams,
  AdminSetProductPartner,
} from "./admin/provenance-validators"

/** Provenance fields a store product request may ask for over the product-partner link. */
const productProvenanceFields = [
  "partner",
  "partner.id",
  "partner.handle",
  "partner.name",
  "partner.kind",
  "partner.summary",
  "partner.households_involved",
  "partner.town",
  "partner.town.id",
  "partner.town.handle",
  "partner.town.name",
  "partner.village",
  "partner.village.id",
  "partner.village.name",
]

const listQuery = { defaults: ["id"], isList: true }

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/products",
      methods: ["GET"],
      middlewares: [allowFields(productProvenanceFields)],
    },
    {
      matcher: "/store/products/:id",
      methods: ["GET"],
      middlewares: [allowFields(productProvenanceFields)],
    },
    {
      matcher: "/admin/towns",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListTownsParams, listQuery)],
    },
    {
      matcher: "/admin/towns",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(townCreateSchema)],
    },
    {
      matcher: "/admin/towns/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(townUpdateSchema)],
    },
    {
      matcher: "/admin/partners",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPartnersParams, listQuery)],
    },
    {
      matcher: "/admin/partners",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(partnerCreateSchema)],
    },
    {
      matcher: "/admin/partners/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(partnerUpdateSchema)],
    },
    {
      matcher: "/admin/products/:id/partner",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductPartner)],
    },
  ],
})
