/**
 * The query config of the shop's list routes (`validateAndTransformQuery`):
 * they pick their fields themselves, so Medusa's config only marks them as
 * lists with the id as default field.
 */
export const listQueryConfig = { defaults: ["id"], isList: true }
