import type { ProviderBillSource } from "../../shared/payment-bill"
import type { ReconciliationProvider } from "../../types/http/payment-reconciliations"
import type { ProviderKeys } from "./repositories/provider-payment"

/** Each provider's options as medusa-config.ts gives them to its payment provider. */
export type BillSourceOptions = Partial<Record<ReconciliationProvider, Record<string, unknown>>>

type BillSourceEntry = {
  keys: ProviderKeys
  create: (options: Record<string, unknown>) => ProviderBillSource
}

/**
 * How each online provider's daily bill is read (the provider module's own
 * client) and where its payments keep the number sent to the provider.
 */
export const BILL_SOURCES: Record<ReconciliationProvider, BillSourceEntry> = {} as Record<
  ReconciliationProvider,
  BillSourceEntry
>
