import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer } from "@medusajs/ui"
import { type FormEvent, useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { yuanAmountPattern } from "../../../shared/money"
import type { AidSummaryRow, AidTownTarget } from "../../../types/http"
import { useAidTargets, useSetAidTargets } from "../../hooks/api/aid"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { DrawerForm } from "../drawer-form"
import { FormInput } from "../form-input"
import { ErrorState, LoadingState } from "../query-state"

/** Same rule as the API: yuan with at most twelve whole digits and two decimals. */
const YUAN_PATTERN = yuanAmountPattern()
const MAX_WHOLE_DIGITS = 12

/** Typed text as the API's amount: separators and spaces dropped; blank is "no target". */
const normalize = (value: string) => value.replace(/[,，\s]/g, "")

/** One amount per town id; blank for none. */
const targetSchema = (t: TranslateFn) =>
  z
    .string()
    .transform(normalize)
    .refine((value) => !value || YUAN_PATTERN.test(value), t("aid.targets.invalid"))
    .refine(
      (value) =>
        !YUAN_PATTERN.test(value) ||
        value.split(".")[0].replace(/^0+(?=\d)/, "").length <= MAX_WHOLE_DIGITS,
      t("aid.targets.tooLarge")
    )

type TargetValues = Record<string, string>

type TargetsDrawerProps = {
  year: number
  /** the towns of the summary (rows without a town are left out) */
  towns: AidSummaryRow[]
  /** town id → handle, for stable test ids */
  handles: Map<string, string>
}

type TargetsFormProps = TargetsDrawerProps & {
  saved: AidTownTarget[]
  onSaved: () => void
}

/** The amounts, filled once from the saved targets as the drawer opens (a refetch does not undo edits). */
const TargetsForm = ({ year, towns, handles, saved, onSaved }: TargetsFormProps) => {
  const t = useT()
  const notify = useNotify()
  const schema = useMemo(
    () => z.object(Object.fromEntries(towns.map((row) => [row.key, targetSchema(t)]))),
    [towns, t]
  )
  const [defaultValues] = useState<TargetValues>(() => {
    const amounts = new Map(saved.map((target) => [target.town_id, target.amount]))
    return Object.fromEntries(towns.map((row) => [row.key, amounts.get(row.key) ?? ""]))
  })
  const form = useForm<TargetValues>({ resolver: zodResolver(schema), defaultValues })
  const save = useSetAidTargets({
    onSuccess: (data) => {
      notify.success("aid.targets.saved", { year: data.year })
      onSaved()
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const onSubmit = useFormSubmit(form, (values) =>
    save.mutate({
      year,
      targets: towns.map((row) => ({ town_id: row.key, amount: values[row.key] || null })),
    })
  )

  return (
    <DrawerForm
      title={t("aid.targets.title", { year })}
      description={t("aid.targets.description")}
      onSubmit={onSubmit}
      pending={save.isPending}
      testId="aid-targets-form"
      submitLabel={t("common.save")}
      submitTestId="aid-targets-save"
    >
      {towns.map((row) => (
        <FormInput
          key={row.key}
          form={form}
          name={row.key}
          prefix="aid-target"
          id={`aid-target-${row.key}`}
          testId={`aid-target-${handles.get(row.key) ?? row.key}`}
          label={t("aid.targets.amount", { name: row.label })}
          disabled={save.isPending}
          inputMode="decimal"
          autoComplete="off"
          placeholder={t("aid.targets.placeholder")}
        />
      ))}
    </DrawerForm>
  )
}

/** "设置年度目标": one amount per town for the year, saved together. */
export const TargetsDrawer = ({ year, towns, handles }: TargetsDrawerProps) => {
  const t = useT()
  const [open, setOpen] = useState(false)
  const townRows = towns.filter((row) => !!row.key)
  const targets = useAidTargets(year, { enabled: open })

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button
          size="small"
          variant="secondary"
          disabled={!townRows.length}
          data-testid="aid-targets-edit"
        >
          {t("aid.targets.edit")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        {targets.data ? (
          <TargetsForm
            year={year}
            towns={townRows}
            handles={handles}
            saved={targets.data.targets}
            onSaved={() => setOpen(false)}
          />
        ) : (
          <DrawerForm
            title={t("aid.targets.title", { year })}
            description={t("aid.targets.description")}
            onSubmit={(event: FormEvent) => event.preventDefault()}
            pending={false}
            testId="aid-targets-form"
            submitLabel={t("common.save")}
            submitTestId="aid-targets-save"
            submitDisabled
          >
            {targets.error ? (
              <ErrorState error={targets.error} onRetry={() => targets.refetch()} />
            ) : (
              <LoadingState />
            )}
          </DrawerForm>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
