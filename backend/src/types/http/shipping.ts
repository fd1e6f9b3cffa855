/**
 * Delivery priced by weight over HTTP: GET /store/shipping-options?cart_id=
 * and POST /store/shipping-options/:id/calculate answer Medusa's shipping
 * option; for the weighed options (标准快递, 冷链配送, 物流专线, 冷链专线) its
 * `calculated_price` also carries the parcel's gross weight.
 */
export type WeighedShippingPrice = {
  calculated_amount: number
  is_calculated_price_tax_inclusive: boolean
  /** gross grams of the cart's items this option carries */
  parcel_grams: number
}
