import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { unitOrderNoteOf } from "../../types/http/unit-order"
import { useT } from "../i18n/use-t"

/**
 * Order page side widget "单位采购信息": the 采购单号 and 备注 a unit's buyer
 * wrote at checkout (order metadata `po_number`, `unit_note`); nothing for
 * other orders.
 */
const OrderUnitNoteWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const t = useT()
  const note = unitOrderNoteOf(order.metadata)
  if (!note.po_number && !note.unit_note) return null
  return (
    <Container className="divide-y p-0" data-testid="order-unit-note">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("unitOrder.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("unitOrder.description")}
        </Text>
      </div>
      <dl className="flex flex-col gap-y-2 px-6 py-4">
        {note.po_number && (
          <div className="grid grid-cols-[auto_1fr] items-baseline gap-x-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("unitOrder.poNumber")}
            </Text>
            <Text size="small" className="text-right" data-testid="order-po-number">
              {note.po_number}
            </Text>
          </div>
        )}
        {note.unit_note && (
          <div className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle">
              {t("unitOrder.note")}
            </Text>
            <Text size="small" className="whitespace-pre-line">
              {note.unit_note}
            </Text>
          </div>
        )}
      </dl>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderUnitNoteWidget
