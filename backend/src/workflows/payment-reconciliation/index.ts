export * from "./reconcile-day"
export * from "./resolve-difference"
export * from "./read"
