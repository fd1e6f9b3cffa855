import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import {
  AdminConfirmRemittanceBody,
  AdminCreateRemittanceBody,
  AdminMatchRemittanceBody,
  AdminRemittancesParams,
} from "./validators"

/** A statement is at most 10 MB (10,000 rows of a bank export are about 2 MB). */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: STATEMENT_MAX_BYTES, files: 1, fields: 10 },
}).single("file")

/** The multipart `file`, in memory; multer's refusals as 400s with a Chinese message. */
function statementUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as Parameters<typeof upload>[0], res as Parameters<typeof upload>[1], (error) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE"
        ? "文件超过 10 MB，请分批导入"
        : code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FILE_COUNT"
          ? "请只上传一个文件，表单字段名为 file"
          : "上传的表单无法读取，请重新上传 CSV 或 XLSX 文件"
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

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
