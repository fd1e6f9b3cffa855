import { Badge } from "@medusajs/ui"
import type { AidEntryKind } from "../../../types/http"
import { useT } from "../../i18n/use-t"

/** Badge colours of the entry kinds: sales green, take-backs orange/red, the rest grey. */
const KIND_COLORS: Record<AidEntryKind, "green" | "orange" | "red" | "grey" | "blue"> = {
  sale: "green",
  edit: "blue",
  return: "orange",
  refund: "orange",
  cancellation: "red",
  correction: "grey",
}

/** 销售 / 退款 / … as a badge. */
export const EntryKindBadge = ({ kind }: { kind: AidEntryKind }) => {
  const t = useT()
  return (
    <Badge size="2xsmall" color={KIND_COLORS[kind] ?? "grey"} className="whitespace-nowrap">
      {t(`aid.entryKind.${kind}`)}
    </Badge>
  )
}
