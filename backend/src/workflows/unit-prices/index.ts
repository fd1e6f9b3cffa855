export * from "./set-unit-prices"
export * from "./steps/verified-units-group"
export * from "./steps/load-variant-prices"
export * from "./steps/unit-price-list"
