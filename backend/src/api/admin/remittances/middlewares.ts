import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { singleFileUpload } from "../../utils/upload"
import {
  AdminConfirmRemittanceBody,
  AdminCreateRemittanceBody,
  AdminMatchRemittanceBody,
  AdminRemittancesParams,
} from "./validators"

/** A statement is at most 10 MB (10,000 rows of a bank export are about 2 MB). */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024

/** The multipart `file`, in memory; multer's refusals as 400s with a Chinese message. */
const statementUpload = singleFileUpload({
  maxBytes: STATEMENT_MAX_BYTES,
  tooLarge: "文件超过 10 MB，请分批导入",
  what: " CSV 或 XLSX 文件",
})

/** 汇款认领: the support team's queue of bank credits, recorded by hand or imported, matched by reference. */
export const adminRemittanceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/remittances",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminRemittancesParams, {})],
  },
  {
    matcher: "/admin/remittances",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateRemittanceBody)],
  },
  {
    matcher: "/admin/remittances/import",
    methods: ["POST"],
    middlewares: [statementUpload],
  },
  {
    matcher: "/admin/remittances/:id/confirm",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminConfirmRemittanceBody)],
  },
  {
    matcher: "/admin/remittances/:id/match",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminMatchRemittanceBody)],
  },
]
