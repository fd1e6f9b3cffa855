export * from "./record-receipt"
export * from "./handle-deadline"
export * from "./process-deadlines"
export * from "./read"
