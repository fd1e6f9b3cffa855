export * from "./batch"
export * from "./run"
export * from "./settings"
export * from "./start"
