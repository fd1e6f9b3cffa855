export * from "./create-bulk-order"
export * from "./events"
export * from "./pay-bulk-order"
export * from "./read"
