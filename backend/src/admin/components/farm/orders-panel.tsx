import { Badge, Button, Container, Input, Select, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { LoadingState } from "../query-state"
import { type MessageKey, useT } from "../../i18n/use-t"
import { type FarmOrderLine, farmApi, farmQueryKeys } from "../../lib/farm-api"
import { useNotify } from "../../lib/notify"

const CARRIERS = ["sf", "ems", "jd", "zto", "yto", "yunda"] as const

/**
 * The farm's open lines of paid orders with recipient and address; each is
 * shipped with a carrier and tracking number. Orders awaiting payment (e.g. a
 * bank transfer not yet arrived) are not listed, and the page says so.
 */
export const OrdersPanel = ({ partnerId }: { partnerId?: string }) => {
  const t = useT()
  const lines = useQuery({
    queryKey: farmQueryKeys.orderLines(partnerId, "open"),
    queryFn: () => farmApi.orderLines(partnerId, "open"),
  })
  if (lines.isLoading) return <LoadingState />
  const open = lines.data?.order_lines ?? []
  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-orders">
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="farm-orders-paid-only">
        {t("farm.orders.paidOnly")}
      </Text>
      {open.length === 0 ? (
        <Container>
          <Text size="small" className="text-ui-fg-muted">
            {t("farm.orders.empty")}
          </Text>
        </Container>
      ) : (
        open.map((line) => <OrderLineCard key={line.id} partnerId={partnerId} line={line} />)
      )}
    </div>
  )
}

const OrderLineCard = ({ partnerId, line }: { partnerId?: string; line: FarmOrderLine }) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [carrier, setCarrier] = useState("")
  const [tracking, setTracking] = useState("")
  const ship = useMutation({
    mutationFn: () =>
      farmApi.ship(partnerId, {
        order_id: line.order_id,
        items: [{ id: line.id, quantity: line.unshipped_quantity }],
        carrier: t(`farm.orders.carriers.${carrier}` as MessageKey),
        tracking_number: tracking.trim(),
      }),
    onSuccess: async () => {
      notify.success("farm.orders.shipped", { tracking: tracking.trim() })
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  return (
    <Container className="flex flex-col gap-y-2 px-4 py-3 sm:px-6" data-testid="farm-order-line">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {t("farm.orders.order", { id: line.order_display_id })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {chinaDateTimeShort(line.placed_at)}
        </Text>
        <Badge size="2xsmall" color="orange">
          {t("farm.orders.toShip", { count: line.unshipped_quantity })}
        </Badge>
      </div>
      <Text size="small">
        {t("farm.orders.line", {
          title: `${line.product_title} ${line.variant_title ?? ""}`.trim(),
          quantity: line.quantity,
        })}
      </Text>
      {line.recipient ? (
        <div className="bg-ui-bg-subtle rounded-md px-3 py-2">
          <Text size="small" weight="plus">
            {line.recipient.name} {line.recipient.phone ?? ""}
          </Text>
          <Text size="small" className="text-ui-fg-subtle break-words">
            {line.recipient.address}
            {line.recipient.postal_code ? ` ${line.recipient.postal_code}` : ""}
          </Text>
        </div>
      ) : null}
      {line.shipping_method ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("farm.orders.method")}：{line.shipping_method}
        </Text>
      ) : null}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[180px_1fr_auto]">
        <Select value={carrier} onValueChange={setCarrier}>
          <Select.Trigger aria-label={t("farm.orders.carrier")} data-testid="farm-ship-carrier">
            <Select.Value placeholder={t("farm.orders.carrierPlaceholder")} />
          </Select.Trigger>
          <Select.Content>
            {CARRIERS.map((c) => (
              <Select.Item key={c} value={c}>
                {t(`farm.orders.carriers.${c}` as MessageKey)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          size="small"
          aria-label={t("farm.orders.tracking")}
          placeholder={t("farm.orders.tracking")}
          value={tracking}
          onChange={(e) => setTracking(e.target.value)}
          data-testid="farm-ship-tracking"
        />
        <Button
          type="button"
          size="small"
          disabled={!carrier || tracking.trim().length < 4}
          isLoading={ship.isPending}
          onClick={() => ship.mutate()}
          data-testid="farm-ship-submit"
        >
          {t("farm.orders.ship")}
        </Button>
      </div>
    </Container>
  )
}
