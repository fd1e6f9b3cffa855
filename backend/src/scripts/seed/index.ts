import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./admin-user"
import { ensureDemoFarmUser } from "./farm-user"
import { ensureCatalog } from "./catalog"
import { ensureLogistics } from "./logistics"
import { ensureProvenance } from "./provenance"
import { ensureStore } from "./store"
import { ensureRefundReasons } from "./refund-reasons"
import { ensureBuyers } from "./buyers"
import { ensureDemoOrderHistory } from "./demo-orders"
import { ensureSearchIndex } from "./search"
import { ensureUnitPrices } from "./unit-prices"

/** `--no-demo-orders` or SEED_DEMO_ORDERS=false leaves out the year of demo orders. */
function wantsDemoOrders(args: string[] = []) {
  return !args.includes("--no-demo-orders") && process.env.SEED_DEMO_ORDERS !== "false"
}

/**
 * Seeds the shop: store, region and sales channel; shipping; towns and
 * partners; the catalog with stock at each partner; refund reasons; demo
 * buyers (people and units); unit prices on a few products; a year of demo orders; the admin user; the
 * product search index.
 * Idempotent: every part is looked up by a natural key and only what is
 * missing is created, so a second run changes nothing.
 */
export default async function seed({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { channel, region } = await ensureStore(container)
  const { profiles } = await ensureLogistics(container, {
    salesChannelId: channel.id,
    regionId: region.id,
  })
  const partners = await ensureProvenance(container)
  await ensureSearchIndex(container)
  await ensureCatalog(container, { partners, profiles, salesChannelId: channel.id })
  await ensureSearchIndex(container)
  const refundReasons = await ensureRefundReasons(container)
  const buyers = await ensureBuyers(container, { units: wantsDemoOrders(args) })
  await ensureUnitPrices(container)
  if (wantsDemoOrders(args)) {
    await ensureDemoOrderHistory(container, {
      buyers,
      regionId: region.id,
      salesChannelId: channel.id,
      refundReasons,
    })
  }
  await ensureAdminUser(container)
  await ensureDemoFarmUser(container)
  logger.info("Seed: done")
}
