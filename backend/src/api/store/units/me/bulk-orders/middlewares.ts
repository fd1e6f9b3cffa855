import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { ZodType } from "zod"
import type { ErrorResponse } from "../../../../../types/http/common"
import { listQueryConfig } from "../../../../utils/query-config"
import { singleFileUpload } from "../../../../utils/upload"
import { type UnitRequest } from "../../unit-scope"
import { BulkOrderFields, StoreBulkOrderJson, StoreListBulkOrdersParams } from "./validators"

/** A bulk-order file is at most 5 MB (5,000 rows of the template are well under 1 MB). */
export const BULK_FILE_MAX_BYTES = 5 * 1024 * 1024

/**
 * Members who order for their unit: 采购员 and 管理员 of a verified unit
 * (after `unitScope`). A pending or disabled unit answers 403, a 财务 too.
 */
export function requireUnitBuyer(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const membership = (req as UnitRequest).unit_membership
  if (!membership || !["admin", "buyer"].includes(membership.role)) {
    res.status(403).json({ type: "not_allowed", message: "只有单位的采购员或管理员可以批量下单" })
    return
  }
  if (membership.unit_status !== "verified") {
    const message =
      membership.unit_status === "pending"
        ? "单位尚未通过认证，认证后才能批量下单"
        : "单位已停用，不能批量下单"
    res.status(403).json({ type: "not_allowed", message })
    return
  }
  next()
}

const upload = singleFileUpload({
  maxBytes: BULK_FILE_MAX_BYTES,
  tooLarge: "文件超过 5 MB，请拆成多个文件分批下单",
  what: " XLSX 或 CSV 订单文件",
})

function invalid(res: MedusaResponse<ErrorResponse>, message: string) {
  res.status(400).json({ type: "invalid_data", message })
}

function parse<T>(schema: ZodType<T>, value: unknown): { data: T } | { message: string } {
  const result = schema.safeParse(value)
  if (result.success) return { data: result.data }
  const issue = result.error.issues[0]
  const where = issue.path.length ? `${issue.path.join(".")}: ` : ""
  return { message: `${where}${issue.message}` }
}

/**
 * The input of preview, error file and create: a multipart form with `file`
 * (and `delivery` as JSON text, `po_number`, `note`), or a JSON body with
 * `rows`; checked with zod into `req.validatedBody` (rows are checked cell by
 * cell later, with the row errors).
 */
export function bulkOrderInput(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  if (!req.is("multipart/form-data")) {
    const parsed = parse(StoreBulkOrderJson, req.body)
    if ("message" in parsed) return invalid(res, parsed.message)
    req.validatedBody = parsed.data
    return next()
  }
  upload(req, res as MedusaResponse, (error?: unknown) => {
    if (error) return next(error)
    const fields = (req.body ?? {}) as Record<string, string | undefined>
    let delivery: unknown = null
    if (fields.delivery) {
      try {
        delivery = JSON.parse(fields.delivery)
      } catch {
        return invalid(res, "delivery 须是 JSON 格式的统一收货地址")
      }
    }
    const parsed = parse(BulkOrderFields, {
      delivery,
      po_number: fields.po_number || null,
      note: fields.note || null,
    })
    if ("message" in parsed) return invalid(res, parsed.message)
    req.validatedBody = parsed.data
    next()
  })
}

/**
 * /store/units/me/bulk-orders (after the unit scope of /store/units/me*):
 * every member lists and reads the unit's bulk orders and their payment
 * notices; 采购员 and 管理员 of a verified unit download the template,
 * preview, get the error file and create.
 */
export const storeBulkOrderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/bulk-orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListBulkOrdersParams, listQueryConfig)],
  },
  {
    matcher: "/store/units/me/bulk-orders",
    methods: ["POST"],
    bodyParser: { sizeLimit: BULK_FILE_MAX_BYTES },
    middlewares: [requireUnitBuyer, bulkOrderInput],
  },
  {
    matcher: "/store/units/me/bulk-orders/template",
    methods: ["GET"],
    middlewares: [requireUnitBuyer],
  },
  {
    matcher: "/store/units/me/bulk-orders/preview",
    methods: ["POST"],
    bodyParser: { sizeLimit: BULK_FILE_MAX_BYTES },
    middlewares: [requireUnitBuyer, bulkOrderInput],
  },
  {
    matcher: "/store/units/me/bulk-orders/error-file",
    methods: ["POST"],
    bodyParser: { sizeLimit: BULK_FILE_MAX_BYTES },
    middlewares: [requireUnitBuyer, bulkOrderInput],
  },
]
