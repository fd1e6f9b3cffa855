import { Badge, Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useT } from "../../i18n/use-t"
import { farmApi, farmQueryKeys } from "../../lib/farm-api"
import { useNotify } from "../../lib/notify"

/** On a partner's page: its farm accounts and pending invitations; the support team invites staff here. */
export const StaffSection = ({ partnerId }: { partnerId: string }) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [email, setEmail] = useState("")
  const staff = useQuery({
    queryKey: farmQueryKeys.staff(partnerId),
    queryFn: () => farmApi.staff(partnerId),
  })
  const invite = useMutation({
    mutationFn: () => farmApi.inviteStaff(partnerId, email.trim()),
    onSuccess: async ({ invite }) => {
      notify.success("farm.staff.invited", { email: invite.email })
      setEmail("")
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.staff(partnerId) })
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
            {t("farm.staff.copyLink")}：{origin}
            {i.accept_url}
          </Text>
        </div>
      ))}
      <form
        className="flex gap-x-2 px-4 py-3 sm:px-6"
        onSubmit={(e) => {
          e.preventDefault()
          if (email.trim()) invite.mutate()
        }}
      >
        <Input
          type="email"
          size="small"
          placeholder={t("farm.staff.email")}
          aria-label={t("farm.staff.email")}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          data-testid="partner-staff-email"
        />
        <Button
          type="submit"
          size="small"
          disabled={!email.trim()}
          isLoading={invite.isPending}
          data-testid="partner-staff-invite-submit"
        >
          {t("farm.staff.invite")}
        </Button>
      </form>
    </Container>
  )
}
