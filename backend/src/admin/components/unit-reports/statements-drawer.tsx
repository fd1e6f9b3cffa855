import { zodResolver } from "@hookform/resolvers/zod"
import { Badge, Button, Drawer, Text } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { chinaDateTimeShort, chinaToday } from "../../../shared/china-time"
import { formatYuan } from "../../../shared/money"
import { groupStatementCode } from "../../../shared/unit-report"
import {
  useDownloadUnitStatement,
  useIssueUnitStatement,
  useUnitStatements,
} from "../../hooks/api/unit-reports"
import { useT } from "../../i18n/use-t"
import { saveFile } from "../../lib/client"
import { useNotify } from "../../lib/notify"
import { DrawerForm } from "../drawer-form"
import { FormInput } from "../form-input"
import { type StatementFormValues, statementFormSchema } from "./statement-form-schema"

export type StatementTarget = { unit_id: string; unit_name: string }

/** Opens a unit's statements (a row's action on the 帮扶额度 page). */
export const StatementsButton = ({ onOpen }: { onOpen: () => void }) => {
  const t = useT()
  return (
    <Button size="small" variant="secondary" onClick={onOpen} data-testid="unit-statements-open">
      {t("unitReport.statements")}
    </Button>
  )
}

/** The unit's statements: issue one for a period, and reprint any as PDF or XLSX. */
export const StatementsDrawer = ({
  target,
  onClose,
}: {
  target: StatementTarget | null
  onClose: () => void
}) => {
  const t = useT()
  const notify = useNotify()
  const unitId = target?.unit_id ?? ""
  const today = chinaToday()
  const form = useForm<StatementFormValues>({
    resolver: zodResolver(statementFormSchema),
    defaultValues: { from: `${today.slice(0, 4)}-01-01`, to: today },
  })
  const list = useUnitStatements(unitId)
  const issue = useIssueUnitStatement(unitId, {
    onSuccess: ({ statement }) =>
      notify.success("unitReport.drawer.issued", { code: groupStatementCode(statement.code) }),
    onError: (error) => notify.refused(error),
  })
  const download = useDownloadUnitStatement(unitId)
  const save = (id: string, format: "pdf" | "xlsx") =>
    download.mutate({ id, format }, { onSuccess: saveFile, onError: (e) => notify.refused(e) })
  return (
    <Drawer open={!!target} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="unit-statements-drawer">
        <DrawerForm
          title={t("unitReport.drawer.title", { unit: target?.unit_name ?? "" })}
          description={t("unitReport.drawer.description")}
          onSubmit={form.handleSubmit((body) => issue.mutate(body), notify.invalid)}
          pending={issue.isPending}
          submitLabel={t("unitReport.drawer.issue")}
          submitTestId="unit-statement-issue"
        >
          <div className="grid grid-cols-2 gap-3">
            <FormInput
              form={form}
              name="from"
              prefix="statement"
              type="date"
              label={t("unitReport.drawer.from")}
            />
            <FormInput
              form={form}
              name="to"
              prefix="statement"
              type="date"
              label={t("unitReport.drawer.to")}
            />
          </div>
          <Text weight="plus">{t("unitReport.drawer.list")}</Text>
          {!list.data?.statements.length && <Text size="small">{t("unitReport.drawer.none")}</Text>}
          <ul className="flex flex-col gap-y-2" data-testid="unit-statements">
            {list.data?.statements.map((s) => (
              <li key={s.id} className="rounded-md border p-2 text-sm" data-code={s.code}>
                <div className="flex items-center justify-between gap-2">
                  <span>{t("unitReport.drawer.period", s.period)}</span>
                  <Badge size="2xsmall" color={s.current ? "green" : "orange"}>
                    {s.current ? t("unitReport.drawer.current") : t("unitReport.drawer.changed")}
                  </Badge>
                </div>
                <div className="text-ui-fg-subtle flex items-center justify-between gap-2">
                  <span>
                    {formatYuan(s.total)} · {groupStatementCode(s.code)} ·{" "}
                    {chinaDateTimeShort(s.issued_at)} ·{" "}
                    {s.issued_by === "unit"
                      ? t("unitReport.drawer.byUnit")
                      : t("unitReport.drawer.bySupport")}
                  </span>
                  <span className="flex gap-1">
                    <Button
                      type="button"
                      size="small"
                      variant="transparent"
                      onClick={() => save(s.id, "pdf")}
                    >
                      {t("unitReport.drawer.pdf")}
                    </Button>
                    <Button
                      type="button"
                      size="small"
                      variant="transparent"
                      onClick={() => save(s.id, "xlsx")}
                    >
                      {t("unitReport.drawer.xlsx")}
                    </Button>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </DrawerForm>
      </Drawer.Content>
    </Drawer>
  )
}
