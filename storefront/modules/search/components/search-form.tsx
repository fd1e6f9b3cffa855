import { t } from "@/lib/messages"
import { SearchBox } from "./search-box"

/**
 * A search box with suggestions (search-box.tsx), a plain GET form to
 * /search without JavaScript. The header's and the search page's differ in
 * id, class and typing hints.
 */
export function SearchForm({
  id,
  className,
  defaultValue,
  autoComplete,
  enterKeyHint,
}: {
  id: string
  className: string
  defaultValue?: string
  autoComplete?: string
  enterKeyHint?: React.InputHTMLAttributes<HTMLInputElement>["enterKeyHint"]
}) {
  return (
    <SearchBox
      id={id}
      className={className}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      enterKeyHint={enterKeyHint}
      messages={{
        label: t("layout.searchLabel"),
        placeholder: t("layout.searchPlaceholder"),
        submit: t("layout.searchSubmit"),
        suggestions: t("search.suggestions"),
        kinds: {
          product: t("search.kinds.product"),
          town: t("search.kinds.town"),
          partner: t("search.kinds.partner"),
          category: t("search.kinds.category"),
        },
      }}
    />
  )
}
