import type {
  DMLSchema,
  IDmlEntity,
  IDmlEntityConfig,
  InferEntityForModuleService,
  InferTypeOf,
} from "@medusajs/framework/types"

/** Set by the data layer, never by a caller. */
type Managed = "created_at" | "updated_at" | "deleted_at"

/**
 * The type configuration of one model for `MedusaService<…>(…)`, with some
 * input fields typed as Medusa really takes them (`Overrides`): `bigNumber`
 * columns as decimal strings too ({ amount?: BigNumberInput }: the default
 * input types them as numbers only, which would round money through floating
 * point), `json` columns that hold a list.
 */
export type ModelInputConfig<
  Model extends IDmlEntity<DMLSchema, IDmlEntityConfig>,
  Overrides extends object = Record<never, never>,
> = {
  model: Model
  dto: InferTypeOf<Model>
  inputDto: Omit<InferEntityForModuleService<Model>, Managed | keyof Overrides> & Overrides
}
