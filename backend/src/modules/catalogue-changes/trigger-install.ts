/**
 * The catalogue's triggers as a reader of the version installs them
 * (`track()`, idempotent): once per process before the reader trusts the
 * version, since a table tracked since the database's last start has no
 * trigger until then; again after a failure, once `retryMs` have passed; and
 * again at once when the version's rows went missing (a database restored
 * from a copy made before them), concurrent callers sharing that install.
 */
export class TriggerInstall {
  private installed: Promise<boolean> | null = null
  private failed = false
  private againAt = 0
  private reinstall: Promise<boolean> | null = null

  constructor(
    private readonly track: () => Promise<unknown>,
    private readonly retryMs: number,
    private readonly onError: (error: Error) => void = () => undefined
  ) {}

  /** Whether the triggers are installed: false while an install failed less than retryMs ago. */
  ready(): Promise<boolean> {
    if (!this.installed || (this.failed && Date.now() >= this.againAt)) {
      this.failed = false
      const installed = this.run()
      // registered before any caller awaits it: the failure is known to them all
      installed.then((ok) => {
        if (ok || this.installed !== installed) return
        this.failed = true
        this.againAt = Date.now() + this.retryMs
      })
      this.installed = installed
    }
    return this.installed
  }

  /** Installs the triggers again now (the version's rows are missing); whether it worked. */
  again(): Promise<boolean> {
    this.reinstall ??= this.run().finally(() => {
      this.reinstall = null
    })
    return this.reinstall
  }

  private run(): Promise<boolean> {
    return this.track().then(
      () => true,
      (error: Error) => {
        this.onError(error)
        return false
      }
    )
  }
}
