import { Badge, Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { z } from "zod"
import { useInvitePartnerStaff, usePartnerStaff } from "../../hooks/api/staff"
import { useT } from "../../i18n/use-t"
import { useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"

/** An invitation needs an e-mail address (the API checks its form). */
const inviteSchema = z.object({ email: z.string().trim().min(1) })

/** On a partner's page: its farm accounts and pending invitations; the support team invites staff here. */
export const StaffSection = ({ partnerId }: { partnerId: string }) => {
  const t = useT()
  const notify = useNotify()
  const staff = usePartnerStaff(partnerId)
  const form = useZodForm(inviteSchema, { email: "" }, "onChange")
  const invite = useInvitePartnerStaff(partnerId, {
    onSuccess: ({ invite }) => {
      notify.success("farm.staff.invited", { email: invite.email })
      form.reset({ email: "" })
    },
    onError: (error) => notify.error(error, "common.createFailed"),
  })
  const users = staff.data?.users ?? []
  const invites = staff.data?.invites ?? []
  const origin = typeof window !== "undefined" ? window.location.origin : ""
  return (
    <Container className="divide-y p-0" data-testid="partner-staff">
      <div className="flex flex-col gap-y-1 px-4 py-4 sm:px-6">
        <Heading level="h2">{t("farm.staff.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("farm.staff.description")}
        </Text>
      </div>
      {users.length === 0 && invites.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-4 py-3 sm:px-6">
          {t("farm.staff.empty")}
        </Text>
      ) : null}
      {users.map((u) => (
        <div key={u.id} className="px-4 py-3 sm:px-6" data-testid="partner-staff-user">
          <Text size="small" weight="plus">
            {u.email}
          </Text>
        </div>
      ))}
      {invites.map((i) => (
        <div
          key={i.id}
          className="flex flex-col gap-y-1 px-4 py-3 sm:px-6"
          data-testid="partner-staff-invite"
        >
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              {i.email}
            </Text>
            <Badge size="2xsmall" color="orange">
              {t("farm.staff.pending")}
            </Badge>
          </div>
          <Text size="xsmall" className="text-ui-fg-muted break-all">
            {t("farm.staff.link", { url: `${origin}${i.accept_url}` })}
          </Text>
        </div>
      ))}
      <form
        className="flex gap-x-2 px-4 py-3 sm:px-6"
        onSubmit={form.handleSubmit((values) => invite.mutate(values))}
      >
        <Input
          type="email"
          size="small"
          placeholder={t("farm.staff.email")}
          aria-label={t("farm.staff.email")}
          data-testid="partner-staff-email"
          {...form.register("email")}
        />
        <Button
          type="submit"
          size="small"
          disabled={!form.formState.isValid}
          isLoading={invite.isPending}
          data-testid="partner-staff-invite-submit"
        >
          {t("farm.staff.invite")}
        </Button>
      </form>
    </Container>
  )
}
