"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState } from "react"
import type { StoreSearchSuggestion, SuggestionKind } from "@http/search"

export type SearchBoxMessages = {
  label: string
  placeholder: string
  submit: string
  suggestions: string
  kinds: Record<SuggestionKind, string>
}

/** Milliseconds after the last keystroke before suggestions are fetched. */
const DEBOUNCE_MS = 150

/** Where a suggestion leads. */
export function suggestionHref({ kind, handle }: StoreSearchSuggestion): string {
  const h = encodeURIComponent(handle)
  switch (kind) {
    case "product":
      return `/products/${h}`
    case "town":
      return `/towns/${h}`
    case "partner":
      return `/partners/${h}`
    case "category":
      return `/products?category=${h}`
  }
}

/**
 * The search box: a GET form to /search (works without JavaScript) with a
 * combobox for suggestions (the WAI-ARIA 1.1 pattern: a `combobox` holding
 * the search field, which stays a searchbox, and its listbox, with list
 * autocomplete): while the buyer types, suggestions load after a short
 * pause; arrow keys move through them (aria-activedescendant), Enter opens
 * the chosen one (or searches), Escape closes the list. Fits a 390 px
 * phone: the list spans the box.
 */
export function SearchBox({
  id,
  className,
  defaultValue,
  autoComplete,
  enterKeyHint,
  messages,
}: {
  id: string
  className: string
  defaultValue?: string
  autoComplete?: string
  enterKeyHint?: React.InputHTMLAttributes<HTMLInputElement>["enterKeyHint"]
  messages: SearchBoxMessages
}) {
  const router = useRouter()
  const listId = useId()
  const [text, setText] = useState(defaultValue ?? "")
  const [items, setItems] = useState<StoreSearchSuggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)

  useEffect(() => {
    const q = text.trim()
    if (!typed.current || !q) {
      setItems([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
        })
        const body = (await response.json()) as { suggestions?: StoreSearchSuggestion[] }
        setItems(body.suggestions ?? [])
        setActive(-1)
        setOpen(true)
      } catch {
        // aborted by the next keystroke, or offline: the form still searches
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [text])

  const expanded = open && items.length > 0
  const optionId = (i: number) => `${listId}-option-${i}`

  /** Opens the suggestion's page; the box (in the layout, so it stays) is emptied for the next search. */
  function choose(item: StoreSearchSuggestion) {
    typed.current = false
    setOpen(false)
    setItems([])
    setActive(-1)
    setText("")
    router.push(suggestionHref(item))
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === "ArrowDown" ? 1 : -1
      // -1 is the box itself: down from the last option, or up from the first, returns there
      setActive((i) => {
        const next = i + step
        return next >= items.length ? -1 : next < -1 ? items.length - 1 : next
      })
    } else if (event.key === "Enter" && expanded && active >= 0 && active < items.length) {
      event.preventDefault()
      choose(items[active])
    } else if (event.key === "Escape") {
      if (expanded) event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <form action="/search" method="get" role="search" className={`${className} search-box`}>
      <label htmlFor={id} id={`${id}-label`} className="visually-hidden">
        {messages.label}
      </label>
      <div
        role="combobox"
        aria-expanded={expanded}
        aria-haspopup="listbox"
        aria-owns={listId}
        aria-labelledby={`${id}-label`}
        className="search-box-field"
      >
        <input
          id={id}
          name="q"
          type="search"
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={text}
          onChange={(event) => {
            typed.current = true
            setText(event.target.value)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => items.length && setOpen(true)}
          placeholder={messages.placeholder}
          autoComplete={autoComplete ?? "off"}
          enterKeyHint={enterKeyHint}
        />
      </div>
      <button type="submit">{messages.submit}</button>
      <ul
        id={listId}
        role="listbox"
        aria-label={messages.suggestions}
        className="search-suggestions"
        hidden={!expanded}
        data-testid="search-suggestions"
      >
        {items.map((item, i) => (
          <li
            key={`${item.kind}-${item.handle}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            // keeps the focus in the box, so the click is not lost to its blur
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
          >
            <span className="suggestion-text">{item.text}</span>
            <span className="suggestion-kind">{messages.kinds[item.kind]}</span>
          </li>
        ))}
      </ul>
    </form>
  )
}
