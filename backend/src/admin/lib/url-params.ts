import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

export type UrlParamsPatch = Record<string, string | null | undefined>

/**
 * A page's filters kept in the URL (so they survive opening a record and
 * coming back). `update` sets the given parameters, or clears those that are
 * empty; any change but the page's own returns to the first page.
 */
export const useUrlParams = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const update = useCallback(
    (patch: UrlParamsPatch) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          for (const [key, value] of Object.entries(patch)) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          if (!("page" in patch)) next.delete("page")
          return next
        },
        { replace: true }
      ),
    [setSearchParams]
  )
  return [searchParams, update] as const
}

/** `value` if it is one of `options`, else undefined. */
export const oneOf = <T extends string>(options: readonly T[], value: string | null) =>
  options.find((option) => option === value)
