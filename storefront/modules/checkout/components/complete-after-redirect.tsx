"use client"

import { useEffect, useRef, useState } from "react"
import { completeOnlinePayment } from "@/lib/actions/checkout"

export function CompleteAfterRedirect({ waiting }: { waiting: string }) {
  const started = useRef(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (started.current) return
    started.current = true
    completeOnlinePayment().then((answer) => setError(answer?.error ?? null))
  }, [])
  return <p role="status">{error ?? waiting}</p>
}
