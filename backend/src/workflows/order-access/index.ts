export * from "./request-lookup-code"
export * from "./open-lookup-session"
