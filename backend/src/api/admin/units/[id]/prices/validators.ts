export {
  negotiatedPeriodSchema as AdminSetNegotiatedPeriod,
  type NegotiatedPeriodInput as AdminSetNegotiatedPeriodType,
  unitPriceSetSchema as AdminSetNegotiatedPrices,
  type UnitPriceSetInput as AdminSetNegotiatedPricesType,
} from "../../../../../shared/unit-prices"
