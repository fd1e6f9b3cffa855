"use client"

import { useEffect, useState } from "react"
import { useRouter } from "next/navigation"
import { pollWechatPay, type WechatPayPoll } from "@/lib/actions/online-payment"

/** How often the page asks whether WeChat Pay's money arrived (every 2–3 s). */
export const WECHAT_POLL_MS = 2500

/**
 * Asks the shop every 2.5 s whether the cart's WeChat Pay order is paid (and
 * ticks a clock each second for the countdown); once the order exists, the
 * page moves on to its confirmation by itself. `key` restarts it (a new QR
 * code); polling stops when the cart is gone or the order closed.
 */
export function useWechatPayPolling(key: string) {
  const router = useRouter()
  const [now, setNow] = useState(() => Date.now())
  const [answer, setAnswer] = useState<{ key: string; status: WechatPayPoll["status"] } | null>(
    null
  )

  useEffect(() => {
    const clock = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(clock)
  }, [])

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = async () => {
      const poll = await pollWechatPay().catch(() => null)
      if (stopped) return
      if (poll) setAnswer({ key, status: poll.status })
      if (poll?.orderUrl) return router.replace(poll.orderUrl)
      if (poll?.status === "gone" || poll?.status === "closed") return
      timer = setTimeout(ask, WECHAT_POLL_MS)
    }
    timer = setTimeout(ask, WECHAT_POLL_MS)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [key, router])

  return { now, status: answer?.key === key ? answer.status : "pending" }
}
