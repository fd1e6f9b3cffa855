import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { PROVENANCE_MODULE } from "../../modules/provenance"

/**
 * Products created with `additional_data.partner_id` (admin API, seed, farm
 * tools) are linked to that partner in the same workflow: an unknown partner
 * fails the whole creation, and a later failure removes the links again.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const partnerId = additional_data?.partner_id as string | undefined
    if (!partnerId) return new StepResponse([] as LinkDefinition[], [] as LinkDefinition[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "partner",
      fields: ["id"],
      filters: { id: partnerId },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Partner "${partnerId}" does not exist`)
    }
    const links: LinkDefinition[] = products.map((product) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [PROVENANCE_MODULE]: { partner_id: partnerId },
    }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
