import { Button, Input, Select, usePrompt } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { EMAIL } from "../../../shared/contact"
import { UNIT_MEMBER_ROLES, type UnitMember, type UnitMemberRole } from "../../../types/http/unit"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { useAddUnitMember, useRemoveUnitMember, useUpdateUnitMember } from "../../hooks/api/units"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { DataTable, type DataTableColumn } from "../data-table"
import { DetailSection } from "../detail"
import { Field } from "../field"
import type { UnitDetail } from "./unit-actions"

const RoleSelect = ({
  value,
  onChange,
  testId,
  disabled,
}: {
  value: UnitMemberRole
  onChange: (role: UnitMemberRole) => void
  testId: string
  disabled?: boolean
}) => {
  const t = useT()
  return (
    <Select
      size="small"
      value={value}
      onValueChange={(v) => onChange(v as UnitMemberRole)}
      disabled={disabled}
    >
      <Select.Trigger data-testid={testId} aria-label={t("unit.members.role")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {UNIT_MEMBER_ROLES.map((role) => (
          <Select.Item key={role} value={role}>
            {t(`unit.role.${role}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** Adds an existing customer account by its e-mail, with a role. */
const AddMemberForm = ({ unitId }: { unitId: string }) => {
  const t = useT()
  const notify = useNotify()
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<UnitMemberRole>("buyer")
  const [error, setError] = useState<string>()
  const add = useAddUnitMember(unitId, {
    onSuccess: (data) => {
      notify.success("unit.members.added", { email: data.member.customer.email })
      setEmail("")
    },
    onError: (e) => notify.refused(e, "unit.actions.failed"),
  })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!EMAIL.test(email.trim())) return setError(t("unit.errors.email"))
    setError(undefined)
    add.mutate({ email: email.trim().toLowerCase(), role })
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-end sm:px-6"
      data-testid="unit-member-add-form"
    >
      <Field
        id="unit-member-email"
        label={t("unit.members.email")}
        error={error}
        className="flex-1"
      >
        <Input
          id="unit-member-email"
          data-testid="unit-member-email"
          type="email"
          value={email}
          placeholder={t("unit.members.emailPlaceholder")}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <RoleSelect value={role} onChange={setRole} testId="unit-member-role" />
      <Button type="submit" size="small" isLoading={add.isPending} data-testid="unit-member-add">
        {t("unit.members.add")}
      </Button>
    </form>
  )
}

/** The members with their roles: change a role, remove (confirmed); the server keeps the last 管理员. */
export const UnitMembers = ({ unit }: { unit: UnitDetail }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const onError = (e: unknown) => notify.refused(e, "unit.actions.failed")
  const update = useUpdateUnitMember(unit.id, {
    onSuccess: (data) =>
      notify.success("unit.members.roleChanged", {
        email: data.member.customer.email,
        role: t(`unit.role.${data.member.role}`),
      }),
    onError,
  })
  const remove = useRemoveUnitMember(unit.id, { onError })
  const onRemove = async (member: UnitMember) => {
    const confirmed = await prompt({
      title: t("unit.members.removeTitle", { email: member.customer.email }),
      description: t("unit.members.removeText"),
      confirmText: t("common.confirm"),
      cancelText: t("common.cancel"),
    })
    if (confirmed)
      remove.mutate(member.id, {
        onSuccess: () => notify.success("unit.members.removed", { email: member.customer.email }),
      })
  }
  const columns = (tr: TranslateFn): DataTableColumn<UnitMember>[] => [
    { key: "email", header: tr("unit.members.columns.email"), cell: (m) => m.customer.email },
    {
      key: "name",
      header: tr("unit.members.columns.name"),
      cell: (m) =>
        [m.customer.last_name, m.customer.first_name].filter(Boolean).join("") || tr("common.none"),
    },
    {
      key: "role",
      header: tr("unit.members.columns.role"),
      cell: (m) => (
        <RoleSelect
          value={m.role}
          testId="unit-member-row-role"
          disabled={update.isPending}
          onChange={(role) => role !== m.role && update.mutate({ member_id: m.id, role })}
        />
      ),
    },
    {
      key: "joined",
      header: tr("unit.members.columns.joined"),
      className: "whitespace-nowrap",
      cell: (m) => chinaDateTimeShort(m.created_at),
    },
    {
      key: "remove",
      header: "",
      align: "right",
      cell: (m) => (
        <Button
          size="small"
          variant="transparent"
          onClick={() => onRemove(m)}
          data-testid="unit-member-remove"
        >
          {tr("unit.members.remove")}
        </Button>
      ),
    },
  ]
  return (
    <DetailSection
      title={t("unit.sections.members")}
      aside={unit.members.length}
      testId="unit-members"
    >
      <DataTable
        rows={unit.members}
        columns={columns}
        minWidth="min-w-[640px]"
        empty="unit.members.empty"
        testId="unit-members-table"
        rowProps={(m) => ({ "data-testid": "unit-member-row", "data-email": m.customer.email })}
      />
      <AddMemberForm unitId={unit.id} />
    </DetailSection>
  )
}
