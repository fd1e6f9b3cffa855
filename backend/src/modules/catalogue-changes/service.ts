import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  Modules,
} from "@medusajs/framework/utils"
import { dropDuplicateInvalidation } from "../../catalog-cache/invalidation-once"
import type { Context } from "@medusajs/framework/types"
import CatalogueChange from "./models/catalogue-change"
import CatalogueChangePending from "./models/catalogue-change-pending"
import type {
  CatalogueChangeRepository,
  CatalogueState,
  PriceListBoundary,
} from "./repositories/catalogue-change"
import type {
  CatalogueChangePendingRepository,
  PendingCover,
  PendingPages,
} from "./repositories/catalogue-change-pending"

type InjectedDependencies = {
  catalogueChangeRepository: CatalogueChangeRepository
  catalogueChangePendingRepository: CatalogueChangePendingRepository
  [Modules.EVENT_BUS]?: unknown
}

/**
 * The event bus: a default dependency of every module, missing where a test
 * loads the module alone.
 */
function eventBusOf(container: InjectedDependencies): unknown {
  try {
    return container[Modules.EVENT_BUS]
  } catch {
    return undefined
  }
}

/**
 * What the store catalogue cache (backend/src/catalog-cache) keys its
 * entries by: a version Postgres renews on every write to a table a store product
 * answer is read from (see the repository).
 */
class CatalogueChangesModuleService extends MedusaService({
  CatalogueChange,
  CatalogueChangePending,
}) {
  protected readonly catalogueChangeRepository_: CatalogueChangeRepository
  protected readonly catalogueChangePendingRepository_: CatalogueChangePendingRepository
  protected readonly eventBus_: unknown

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.catalogueChangeRepository_ = container.catalogueChangeRepository
    this.catalogueChangePendingRepository_ = container.catalogueChangePendingRepository
    this.eventBus_ = eventBusOf(container)
  }

  __hooks = {
    // every module's start hook is called in one pass, the Caching Module's subscribing at once:
    // after that pass, each change is invalidated once (catalog-cache/invalidation-once.ts)
    onApplicationStart: async () => {
      await new Promise((resolve) => setImmediate(resolve))
      dropDuplicateInvalidation(this.eventBus_)
    },
    onApplicationShutdown: async () => this.catalogueChangeRepository_.closeOwnConnection(),
  }

  /** Puts the version's triggers on the tracked tables that lack them; answers the tables. */
  @InjectTransactionManager()
  async track(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return this.catalogueChangeRepository_.install(sharedContext)
  }

  /** The version and the latest price-list boundary passed, read now. */
  @InjectManager()
  async state(@MedusaContext() sharedContext: Context = {}): Promise<CatalogueState> {
    return this.catalogueChangeRepository_.state(sharedContext)
  }

  /** The same, on the repository's own connection (the answers replayed before the Express app). */
  async stateOnOwnConnection(): Promise<CatalogueState> {
    return this.catalogueChangeRepository_.stateOnOwnConnection()
  }

  /** Takes every catalogue change the storefront was not told of yet: the pages it touched. */
  @InjectTransactionManager()
  async takePending(@MedusaContext() sharedContext: Context = {}): Promise<PendingPages> {
    return this.catalogueChangePendingRepository_.takePending(sharedContext)
  }

  /** Takes the pending changes a send of these pages covers (told by an event). */
  @InjectTransactionManager()
  async takePendingOf(
    pages: PendingCover,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return this.catalogueChangePendingRepository_.takePendingOf(pages, sharedContext)
  }

  /** Price-list starts and ends within the next `seconds` (Medusa writes nothing then). */
  @InjectManager()
  async upcomingBoundaries(
    seconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PriceListBoundary[]> {
    return this.catalogueChangeRepository_.upcomingBoundaries(seconds, sharedContext)
  }
}

export default CatalogueChangesModuleService
