"use client"

import common from "@/messages/zh-CN/common.json"

/** Shown when a page cannot be rendered, e.g. while the backend is unreachable. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const m = common.errors
  return (
    <div className="status-page" role="alert">
      <h1>{m.serverTitle}</h1>
      <p>{m.serverText}</p>
      <p className="status-actions">
        <button type="button" onClick={() => reset()}>
          {m.retry}
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose: after a server error the whole page starts afresh */}
        <a href="/" className="button button-quiet">
          {m.home}
        </a>
      </p>
    </div>
  )
}
