import { t } from "@/lib/messages"

/**
 * A search box: a plain GET form to /search (works without JavaScript). The
 * header's and the search page's differ in id, class and typing hints.
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
    <form action="/search" method="get" role="search" className={className}>
      <label htmlFor={id} className="visually-hidden">
        {t("layout.searchLabel")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("layout.searchPlaceholder")}
        autoComplete={autoComplete}
        enterKeyHint={enterKeyHint}
      />
      <button type="submit">{t("layout.searchSubmit")}</button>
    </form>
  )
}
