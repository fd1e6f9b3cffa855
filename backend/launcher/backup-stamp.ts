import { chinaDateTime } from "../src/shared/china-time"

/** Where the backup commands write what they do. */
export type Log = (line: string) => void

/** A China-time stamp for backup and restore names: "YYYYMMDD" + `separator` + "HHMMSS". */
export const backupStamp = (at: Date, separator: "-" | "_") =>
  chinaDateTime(at).replace(/[-:]/g, "").replace(" ", separator)
