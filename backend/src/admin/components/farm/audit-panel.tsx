import { Badge, Container, Text } from "@medusajs/ui"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { useFarmAudit } from "../../hooks/api/farm"
import { useT } from "../../i18n/use-t"
import { LoadingState } from "../query-state"

/** Every stock change of the farm: when, who, before → after, and why. */
export const AuditPanel = ({ partnerId }: { partnerId?: string }) => {
  const t = useT()
  const audit = useFarmAudit(partnerId)
  if (audit.isLoading) return <LoadingState />
  const entries = audit.data?.audit ?? []
  return (
    <Container className="divide-y p-0" data-testid="farm-audit">
      {entries.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-4 py-4 sm:px-6">
          {t("farm.audit.empty")}
        </Text>
      ) : (
        entries.map((e) => (
          <div
            key={e.id}
            className="flex flex-col gap-y-1 px-4 py-3 sm:px-6"
            data-testid="farm-audit-row"
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge size="2xsmall" color={e.delta < 0 ? "orange" : "green"}>
                {t(`farm.audit.reasons.${e.reason}`)}
              </Badge>
              <Text
                size="small"
                weight="plus"
              >{`${e.product_title ?? ""} ${e.variant_title ?? ""}`}</Text>
              <Text size="small" className="tabular-nums">
                {t("farm.audit.change", { before: e.before, after: e.after })} (
                {e.delta > 0 ? `+${e.delta}` : e.delta})
              </Text>
            </div>
            <Text size="xsmall" className="text-ui-fg-muted">
              {chinaDateTimeShort(e.created_at)} · {e.actor_email ?? t("farm.audit.system")}
              {e.note ? ` · ${e.note}` : ""}
            </Text>
          </div>
        ))
      )}
    </Container>
  )
}
