import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useNavigate } from "react-router-dom"
import { useFarmOverview } from "../hooks/api/farm"

/**
 * The admin opens on the order list after login, which a farm account may
 * not read: send it to 我的农场 instead. Renders nothing.
 */
const FarmHomeRedirect = () => {
  const navigate = useNavigate()
  const { data } = useFarmOverview(undefined, { retry: false })
  useEffect(() => {
    if (data && !data.is_support) navigate("/farm", { replace: true })
  }, [data, navigate])
  return null
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default FarmHomeRedirect
