import { Badge, Button, Container, Input, Select, Text } from "@medusajs/ui"
import { Controller } from "react-hook-form"
import { z } from "zod"
import { chinaDateTimeShort } from "../../../shared/china-time"
import type { FarmOrderLine } from "../../../types/http"
import { useFarmOrderLines, useShipFarmOrder } from "../../hooks/api/farm-sales"
import { type MessageKey, useT } from "../../i18n/use-t"
import { useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { LoadingState } from "../query-state"

const CARRIERS = ["sf", "ems", "jd", "zto", "yto", "yunda"] as const

/** A parcel needs its carrier and a tracking number of at least four characters. */
const shipmentSchema = z.object({
  carrier: z.enum(CARRIERS),
  tracking: z.string().trim().min(4),
})

/**
 * The farm's open lines of paid orders with recipient and address; each is
 * shipped with a carrier and tracking number. Orders awaiting payment (e.g. a
 * bank transfer not yet arrived) are not listed, and the page says so.
 */
export const OrdersPanel = ({ partnerId }: { partnerId?: string }) => {
  const t = useT()
  const lines = useFarmOrderLines(partnerId, "open")
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
  const form = useZodForm(shipmentSchema, { tracking: "" }, "onChange")
  const ship = useShipFarmOrder(partnerId, {
    onSuccess: (_data, body) =>
      notify.success("farm.orders.shipped", { tracking: body.tracking_number }),
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const onShip = form.handleSubmit(({ carrier, tracking }) =>
    ship.mutate({
      order_id: line.order_id,
      items: [{ id: line.id, quantity: line.unshipped_quantity }],
      carrier: t(`farm.orders.carriers.${carrier}` as MessageKey),
      tracking_number: tracking,
    })
  )
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
          {t("farm.orders.methodLine", { method: line.shipping_method })}
        </Text>
      ) : null}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[180px_1fr_auto]">
        <Controller
          control={form.control}
          name="carrier"
          render={({ field }) => (
            <Select value={field.value ?? ""} onValueChange={field.onChange}>
              <Select.Trigger aria-label={t("farm.orders.carrier")} data-testid="farm-ship-carrier">
                <Select.Value placeholder={t("farm.orders.carrierPlaceholder")} />
              </Select.Trigger>
              <Select.Content>
                {CARRIERS.map((c) => (
                  <Select.Item key={c} value={c}>
                    {t(`farm.orders.carriers.${c}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
        />
        <Input
          size="small"
          aria-label={t("farm.orders.tracking")}
          placeholder={t("farm.orders.tracking")}
          data-testid="farm-ship-tracking"
          {...form.register("tracking")}
        />
        <Button
          type="button"
          size="small"
          disabled={!form.formState.isValid}
          isLoading={ship.isPending}
          onClick={onShip}
          data-testid="farm-ship-submit"
        >
          {t("farm.orders.ship")}
        </Button>
      </div>
    </Container>
  )
}
