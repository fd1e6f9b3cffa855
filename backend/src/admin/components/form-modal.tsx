import { Button, FocusModal } from "@medusajs/ui"
import { type FormEventHandler, type ReactNode, useState } from "react"
import { useT } from "../i18n/use-t"
import { FormFrame } from "./form-frame"

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
  ...form
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
        <FormFrame
          {...form}
          parts={FocusModal}
          submitLabel={t("common.create")}
          headingClassName="truncate"
          columnClassName="mx-auto flex w-full max-w-2xl flex-col gap-y-6 px-4 py-6 sm:px-6 sm:py-10"
        />
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
