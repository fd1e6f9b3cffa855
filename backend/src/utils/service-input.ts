import type {
  BigNumberInput,
  DMLSchema,
  IDmlEntity,
  IDmlEntityConfig,
  InferEntityForModuleService,
  InferTypeOf,
} from "@medusajs/framework/types"

/** Set by the data layer, never by a caller. */
type Managed = "created_at" | "updated_at" | "deleted_at"

/**
 * The type configuration of one model for `MedusaService<…>(…)` whose
 * `bigNumber` columns (`Decimals`) are written as Medusa takes them: decimal
 * strings ("12.50") as well as numbers. The generated CRUD's default input
 * types them as numbers only, which would round money through floating point.
 */
export type DecimalModelConfig<
  Model extends IDmlEntity<DMLSchema, IDmlEntityConfig>,
  Decimals extends keyof InferEntityForModuleService<Model> = never,
> = {
  model: Model
  dto: InferTypeOf<Model>
  inputDto: Omit<InferEntityForModuleService<Model>, Managed | Decimals> & {
    [Key in Decimals]?: BigNumberInput
  }
}
