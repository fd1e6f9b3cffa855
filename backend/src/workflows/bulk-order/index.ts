export * from "./create-bulk-order"
export * from "./events"
