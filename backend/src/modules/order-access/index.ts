import { Module } from "@medusajs/framework/utils"
import OrderAccessModuleService from "./service"

export const ORDER_ACCESS_MODULE = "order_access"

export default Module(ORDER_ACCESS_MODULE, {
  service: OrderAccessModuleService,
})

export type { OrderAccessModuleService }
export type { OrderAccessOptions } from "./service"
export type { AccessToken, TokenClaim } from "./tokens"
