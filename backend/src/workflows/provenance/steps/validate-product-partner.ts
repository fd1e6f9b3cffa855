import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { queryRow } from "../../../utils/query"

export const validateProductPartnerStepId = "validate-product-partner"

/**
 * Checks that the product and the partner exist and returns the product's
 * current partner (null when it has none).
 */
export const validateProductPartnerStep = createStep(
  validateProductPartnerStepId,
  async (input: { product_id: string; partner_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const product = await queryRow<{ partner: { id: string } | null }>(query, {
      entity: "product",
      fields: ["id", "partner.id"],
      filters: { id: input.product_id },
    })
    if (!product) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product "${input.product_id}" was not found`
      )
    }
    const partner = await queryRow<{ id: string }>(query, {
      entity: "partner",
      fields: ["id"],
      filters: { id: input.partner_id },
    })
    if (!partner) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Partner "${input.partner_id}" does not exist`
      )
    }
    return new StepResponse({ current_partner_id: product.partner?.id ?? null })
  }
)
