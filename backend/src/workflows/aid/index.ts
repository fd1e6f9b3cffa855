export * from "./sync-order-attribution"
export * from "./reconcile-aid-ledger"
export * from "./set-town-targets"
