import { Button, usePrompt } from "@medusajs/ui"
import type { AdminUnitResponse } from "../../../types/http/unit"
import { useDisableUnit, useVerifyUnit } from "../../hooks/api/units"
import { useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"

export type UnitDetail = AdminUnitResponse["unit"]

/** 认证 (or 重新启用) and 停用, each confirmed first; refusals in Chinese. */
export const UnitActions = ({ unit }: { unit: UnitDetail }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const onError = (error: unknown) => notify.refused(error, "unit.actions.failed")
  const verify = useVerifyUnit(unit.id, {
    onSuccess: () => notify.success("unit.actions.verified"),
    onError,
  })
  const disable = useDisableUnit(unit.id, {
    onSuccess: () => notify.success("unit.actions.disabled"),
    onError,
  })
  const confirm = (title: string, description: string) =>
    prompt({ title, description, confirmText: t("common.confirm"), cancelText: t("common.cancel") })

  const onVerify = async () => {
    if (
      await confirm(
        t("unit.actions.verifyTitle", { name: unit.name }),
        t("unit.actions.verifyText")
      )
    )
      verify.mutate()
  }
  const onDisable = async () => {
    if (
      await confirm(
        t("unit.actions.disableTitle", { name: unit.name }),
        t("unit.actions.disableText")
      )
    )
      disable.mutate({})
  }
  const pending = verify.isPending || disable.isPending

  return (
    <div className="flex gap-x-2">
      {unit.status !== "verified" ? (
        <Button
          size="small"
          onClick={onVerify}
          isLoading={verify.isPending}
          disabled={pending}
          data-testid="unit-verify"
        >
          {unit.status === "disabled" ? t("unit.actions.enable") : t("unit.actions.verify")}
        </Button>
      ) : null}
      {unit.status !== "disabled" ? (
        <Button
          size="small"
          variant="secondary"
          onClick={onDisable}
          isLoading={disable.isPending}
          disabled={pending}
          data-testid="unit-disable"
        >
          {t("unit.actions.disable")}
        </Button>
      ) : null}
    </div>
  )
}
