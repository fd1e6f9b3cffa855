import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Checks that the product and the partner exist and returns the product's
 * current partner (null when it has none).
 */
export const validateProductPartnerStep = createStep(
  "validate-product-partner",
  async (input: { product_id: string; partner_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "partner.id"],
      filters: { id: input.product_id },
    })
    if (!products.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product "${input.product_id}" was not found`
      )
    }
    const { data: partners } = await query.graph({
      entity: "partner",
      fields: ["id"],
      filters: { id: input.partner_id },
    })
    if (!partners.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Partner "${input.partner_id}" does not exist`
      )
    }
    const current = (products[0] as any).partner?.id ?? null
    return new StepResponse({ current_partner_id: current as string | null })
  }
)
