import { z } from "@medusajs/framework/zod"
import { isPlainLine } from "../../../../shared/text"
import { MAX_SUGGEST_QUERY } from "../../../../types/http/search"

const EMPTY = "请输入要搜索的内容"

/** GET /store/search/suggest: `q`, what the buyer has typed so far; nothing else. */
export const StoreSearchSuggestParams = z.strictObject(
  {
    q: z
      .string({ error: EMPTY })
      .trim()
      .min(1, EMPTY)
      .max(MAX_SUGGEST_QUERY, `搜索内容最多 ${MAX_SUGGEST_QUERY} 个字`)
      .refine(isPlainLine, "搜索内容只能是一行文字"),
  },
  { error: "只能传入搜索内容 q" }
)
export type StoreSearchSuggestParamsType = z.infer<typeof StoreSearchSuggestParams>
