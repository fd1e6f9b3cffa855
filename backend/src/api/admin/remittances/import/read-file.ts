/**
 * The rows of an uploaded bank statement: XLSX (its first visible sheet) or
 * CSV (UTF-8, or GBK as Chinese banks' exports often are), read by the shared
 * spreadsheet reader (utils/spreadsheet). Formulas are refused later, per row.
 */
import {
  STATEMENT_MAX_ROWS,
  type StatementCell,
} from "../../../../modules/remittance/statement/read"
import { readSheetFile, type UploadedFile } from "../../../../utils/spreadsheet/read"

export type StatementFile = UploadedFile

export type FileRows = { rows: StatementCell[][] } | { error: string }

/** The rows of the file, or why it cannot be read (Chinese). */
export async function readStatementFile(file: StatementFile | undefined): Promise<FileRows> {
  const reading = await readSheetFile(file, {
    max_rows: STATEMENT_MAX_ROWS,
    messages: {
      missing: "请上传银行流水文件（表单字段 file，CSV 或 XLSX）",
      unsupported: "文件类型不支持：请上传银行导出的 CSV 或 XLSX 交易明细",
      too_many: (rows, limit) => `文件有 ${rows} 行，超过上限 ${limit} 行，请分批导入`,
    },
  })
  return "error" in reading ? reading : { rows: reading.rows }
}
