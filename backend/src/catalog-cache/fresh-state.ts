import type { CatalogueChangesModuleService, CatalogueState } from "../modules/catalogue-changes"

/**
 * The catalogue's state read for many requests at once, never older than
 * any of them: a request joins a read only if that read has not been sent to
 * Postgres yet. While one read is under way, the requests that arrive wait
 * for the next one, sent as soon as the first is answered; so every request
 * gets a version read by a statement that started after it arrived (and so
 * saw every change committed before it), and under load Postgres answers
 * one read per round trip instead of one per request.
 */
class StateReads {
  private running: Promise<CatalogueState> | null = null
  private queued: Promise<CatalogueState> | null = null

  constructor(private readonly readState: () => Promise<CatalogueState>) {}

  read(): Promise<CatalogueState> {
    if (this.queued) return this.queued
    if (!this.running) return this.send()
    const before = this.running
    this.queued = before.then(
      () => this.send(),
      () => this.send()
    )
    return this.queued
  }

  private send(): Promise<CatalogueState> {
    this.queued = null
    const read = this.readState()
    this.running = read
    const done = () => {
      if (this.running === read) this.running = null
    }
    read.then(done, done)
    return read
  }
}

/** One batcher per module instance (a test process may run several shops) and way of reading. */
const readers = new WeakMap<CatalogueChangesModuleService, StateReads>()
const ownConnectionReaders = new WeakMap<CatalogueChangesModuleService, StateReads>()

/**
 * The catalogue's version and price-list window, read after this call began;
 * `ownConnection`: on the module's own connection (the reads in front of the
 * Express app, catalog-cache/front-answers.ts), else through the module's
 * service as any other read.
 */
export function freshState(
  changes: CatalogueChangesModuleService,
  ownConnection = false
): Promise<CatalogueState> {
  const batchers = ownConnection ? ownConnectionReaders : readers
  let reader = batchers.get(changes)
  if (!reader) {
    reader = new StateReads(
      ownConnection ? () => changes.stateOnOwnConnection() : () => changes.state()
    )
    batchers.set(changes, reader)
  }
  return reader.read()
}
