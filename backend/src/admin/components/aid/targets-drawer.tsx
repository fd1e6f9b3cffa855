import { Button, Drawer, Heading, Input, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useEffect, useState } from "react"
import { useT } from "../../i18n/use-t"
import { aidApi, aidQueryKeys } from "../../lib/api"
import { useNotify } from "../../lib/notify"
import type { AidSummaryRow, AidTargetsBody } from "../../lib/types"
import { Field } from "../field"
import { ErrorState, LoadingState } from "../query-state"

/** Same rule as the API: yuan with at most twelve whole digits and two decimals. */
const YUAN_PATTERN = /^\d+(\.\d{1,2})?$/
const MAX_WHOLE_DIGITS = 12

type TargetValues = Record<string, string>
type TargetErrors = Record<string, string>

/** Typed text as the API's amount: separators and spaces dropped; blank is "no target". */
const normalize = (value: string) => value.replace(/[,，\s]/g, "")

type TargetsDrawerProps = {
  year: number
  /** the towns of the summary (rows without a town are left out) */
  towns: AidSummaryRow[]
  /** town id → handle, for stable test ids */
  handles: Map<string, string>
}

/** "设置年度目标": one amount per town for the year, saved together. */
export const TargetsDrawer = ({ year, towns, handles }: TargetsDrawerProps) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<TargetValues>({})
  const [errors, setErrors] = useState<TargetErrors>({})
  const townRows = towns.filter((row): row is AidSummaryRow & { key: string } => !!row.key)

  const targets = useQuery({
    queryKey: aidQueryKeys.targets(year),
    queryFn: () => aidApi.getTargets(year),
    enabled: open,
  })

  // Fill the form from the saved targets once per opening (a refetch must not undo edits).
  const [filled, setFilled] = useState(false)
  useEffect(() => {
    if (!open || filled || !targets.data) return
    const saved = new Map(targets.data.targets.map((target) => [target.town_id, target.amount]))
    setValues(Object.fromEntries(townRows.map((row) => [row.key, saved.get(row.key) ?? ""])))
    setErrors({})
    setFilled(true)
  }, [open, filled, targets.data])

  const mutation = useMutation({
    mutationFn: (body: AidTargetsBody) => aidApi.setTargets(body),
    onSuccess: async (data) => {
      queryClient.setQueryData(aidQueryKeys.targets(data.year), data)
      await queryClient.invalidateQueries({ queryKey: aidQueryKeys.all })
      notify.success("aid.targets.saved", { year: data.year })
      setOpen(false)
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  const validate = (): TargetErrors => {
    const found: TargetErrors = {}
    for (const row of townRows) {
      const value = normalize(values[row.key] ?? "")
      if (!value) continue
      if (!YUAN_PATTERN.test(value)) {
        found[row.key] = t("aid.targets.invalid")
      } else if (value.split(".")[0].replace(/^0+(?=\d)/, "").length > MAX_WHOLE_DIGITS) {
        found[row.key] = t("aid.targets.tooLarge")
      }
    }
    return found
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate()
    setErrors(found)
    if (Object.keys(found).length) {
      notify.invalid()
      return
    }
    mutation.mutate({
      year,
      targets: townRows.map((row) => {
        const value = normalize(values[row.key] ?? "")
        return { town_id: row.key, amount: value ? value : null }
      }),
    })
  }

  const onOpenChange = (next: boolean) => {
    if (next) setFilled(false)
    setOpen(next)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
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
        <form
          onSubmit={onSubmit}
          noValidate
          className="flex h-full flex-col overflow-hidden"
          data-testid="aid-targets-form"
        >
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading level="h2">{t("aid.targets.title", { year })}</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex-1 overflow-y-auto">
            <div className="flex flex-col gap-y-4">
              <Drawer.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("aid.targets.description")}
                </Text>
              </Drawer.Description>
              {targets.isLoading || (targets.data && !filled) ? (
                <LoadingState />
              ) : targets.error ? (
                <ErrorState error={targets.error} onRetry={() => targets.refetch()} />
              ) : (
                townRows.map((row) => (
                  <Field
                    key={row.key}
                    id={`aid-target-${row.key}`}
                    label={t("aid.targets.amount", { name: row.label })}
                    error={errors[row.key]}
                  >
                    <Input
                      id={`aid-target-${row.key}`}
                      data-testid={`aid-target-${handles.get(row.key) ?? row.key}`}
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder={t("aid.targets.placeholder")}
                      value={values[row.key] ?? ""}
                      disabled={mutation.isPending}
                      aria-invalid={errors[row.key] ? true : undefined}
                      onChange={(event) => {
                        const value = event.target.value
                        setValues((prev) => ({ ...prev, [row.key]: value }))
                        setErrors((prev) => {
                          const next = { ...prev }
                          delete next[row.key]
                          return next
                        })
                      }}
                    />
                  </Field>
                ))
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary" disabled={mutation.isPending}>
                {t("common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              type="submit"
              size="small"
              isLoading={mutation.isPending}
              disabled={!filled}
              data-testid="aid-targets-save"
            >
              {t("common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
