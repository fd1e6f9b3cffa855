import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./admin-user"
import { ensureCatalog } from "./catalog"
import { ensureLogistics } from "./logistics"
import { ensureProvenance } from "./provenance"
import { ensureStore } from "./store"

/**
 * Seeds the shop: store, region and sales channel; shipping; towns and
 * partners; the catalog with stock at each partner; the admin user.
 * Idempotent: every part is looked up by a natural key and only what is
 * missing is created, so a second run changes nothing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { channel, region } = await ensureStore(container)
  const { profiles } = await ensureLogistics(container, {
    salesChannelId: channel.id,
    regionId: region.id,
  })
  const partners = await ensureProvenance(container)
  await ensureCatalog(container, { partners, profiles, salesChannelId: channel.id })
  await ensureAdminUser(container)
  logger.info("Seed: done")
}
