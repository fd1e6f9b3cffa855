import { StatusBadge } from "@medusajs/ui"
import { useT } from "../../i18n/use-t"
import type { BankTransferStanding } from "../../../types/http"
import { yuanText } from "../aid/format"
import { stateKey } from "./state"

const COLORS = {
  awaiting_transfer: "orange",
  partially_received: "blue",
  received: "green",
  canceled: "red",
} as const

/** 待到账 / 部分到账 / 已到账 / 已取消, and 多付 ¥X when more arrived than due. */
export const TransferStateBadge = ({
  payment,
}: {
  payment: Pick<BankTransferStanding, "state" | "partially_received" | "overpaid_amount">
}) => {
  const t = useT()
  const key = stateKey(payment)
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <StatusBadge
        color={COLORS[key]}
        className="whitespace-nowrap"
        data-testid="bank-transfer-state"
      >
        {t(`bankTransfer.state.${key}`)}
      </StatusBadge>
      {payment.overpaid_amount !== "0.00" ? (
        <StatusBadge
          color="purple"
          className="whitespace-nowrap"
          data-testid="bank-transfer-overpaid"
        >
          {t("bankTransfer.overpaid", { amount: yuanText(t, payment.overpaid_amount) })}
        </StatusBadge>
      ) : null}
    </span>
  )
}
