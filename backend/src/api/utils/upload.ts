import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/**
 * One uploaded file in the multipart field `file`, kept in memory (at most
 * `maxBytes`, one file, a few text fields); multer's refusals become 400s
 * with a Chinese message. Used by the bank statement import and the bulk-order
 * upload.
 */
export function singleFileUpload(options: { maxBytes: number; tooLarge: string; what: string }) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxBytes, files: 1, fields: 10, fieldSize: 64 * 1024 },
  }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    upload(req as Parameters<typeof upload>[0], res as Parameters<typeof upload>[1], (error) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      const message =
        code === "LIMIT_FILE_SIZE"
          ? options.tooLarge
          : code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FILE_COUNT"
            ? "请只上传一个文件，表单字段名为 file"
            : `上传的表单无法读取，请重新上传${options.what}`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    })
  }
}
