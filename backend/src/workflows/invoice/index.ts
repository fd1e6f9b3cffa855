export * from "./amounts"
export * from "./change-invoice-requests"
export * from "./create-invoice-request"
export * from "./read"
