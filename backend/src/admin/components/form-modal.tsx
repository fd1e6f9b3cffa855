import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { type FormEventHandler, type ReactNode, useState } from "react"
import { useT } from "../i18n/use-t"

type FormModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  triggerLabel: string
  triggerTestId: string
  title: string
  description: string
  submitTestId: string
  pending: boolean
  onSubmit: FormEventHandler<HTMLFormElement>
  children: ReactNode
}

/** A "create" button opening a full-screen form with cancel and create actions. */
export const FormModal = ({
  open,
  onOpenChange,
  triggerLabel,
  triggerTestId,
  title,
  description,
  submitTestId,
  pending,
  onSubmit,
  children,
}: FormModalProps) => {
  const t = useT()
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={triggerTestId}>
          {triggerLabel}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading level="h2" className="truncate">
                {title}
              </Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex-1 overflow-y-auto">
            <div className="mx-auto flex w-full max-w-2xl flex-col gap-y-6 px-4 py-6 sm:px-6 sm:py-10">
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {description}
                </Text>
              </FocusModal.Description>
              {children}
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button type="button" size="small" variant="secondary" disabled={pending}>
                {t("common.cancel")}
              </Button>
            </FocusModal.Close>
            <Button type="submit" size="small" isLoading={pending} data-testid={submitTestId}>
              {t("common.create")}
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

/**
 * The open state of a create modal: `onOpen` runs as it opens (e.g. to start
 * from an empty form), `close` after a record was created.
 */
export const useModalState = (onOpen: () => void) => {
  const [open, setOpen] = useState(false)
  const onOpenChange = (next: boolean) => {
    if (next) onOpen()
    setOpen(next)
  }
  return { open, onOpenChange, close: () => setOpen(false) }
}
