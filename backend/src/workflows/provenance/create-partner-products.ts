import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

type VariantRow = { sku: string | null; inventory_items: { inventory_item_id: string }[] | null }

export type CreatePartnerProductsInput = {
  partner_id: string
  products: CreateProductWorkflowInputDTO[]
  /** Units in stock at the partner's location, by variant SKU (missing = 0). */
  stock: Record<string, number>
}

/**
 * Creates a partner's products in one go: the products (linked to the partner
 * by the productsCreated hook) and their stock at the partner's own location.
 * A failure anywhere undoes all of it.
 */
export const createPartnerProductsWorkflow = createWorkflow(
  "create-partner-products",
  (input: CreatePartnerProductsInput) => {
    const { data: partners } = useQueryGraphStep({
      entity: "partner",
      fields: ["id", "stock_location.id"],
      filters: { id: input.partner_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-partner-location" })

    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: input.products,
        additional_data: { partner_id: input.partner_id },
      })),
    })

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: transform({ products }, ({ products }) => products.map((p) => p.id)) },
    }).config({ name: "get-created-variants" })

    const levels = transform({ input, partners, variants }, ({ input, partners, variants }) => {
      const [partner] = partners as { stock_location: { id: string } | null }[]
      const locationId = partner?.stock_location?.id
      if (!locationId) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Partner "${input.partner_id}" has no stock location`
        )
      }
      return {
        inventory_levels: (variants as VariantRow[])
          .filter((v) => v.inventory_items?.length)
          .map((v) => ({
            inventory_item_id: v.inventory_items![0].inventory_item_id,
            location_id: locationId,
            stocked_quantity: input.stock[v.sku ?? ""] ?? 0,
          })),
      }
    })
    createInventoryLevelsWorkflow.runAsStep({ input: levels })

    return new WorkflowResponse(products)
  }
)
