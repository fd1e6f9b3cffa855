import { Button, Drawer } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { FormFrame } from "./form-frame"

type DrawerFormProps = Omit<ComponentProps<typeof FormFrame>, "parts" | "columnClassName">

/** The content of a drawer holding a form: title, description, fields, cancel and submit. */
export const DrawerForm = (props: DrawerFormProps) => (
  <FormFrame {...props} parts={Drawer} columnClassName="flex flex-col gap-y-4" />
)

type FormDrawerProps = DrawerFormProps & {
  open: boolean
  /** `next` true as it opens (e.g. to start from an empty form) */
  onOpenChange: (next: boolean) => void
  triggerLabel: string
  triggerTestId: string
}

/** A secondary button opening a drawer that holds a form. */
export const FormDrawer = ({
  open,
  onOpenChange,
  triggerLabel,
  triggerTestId,
  ...form
}: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Trigger asChild>
      <Button size="small" variant="secondary" data-testid={triggerTestId}>
        {triggerLabel}
      </Button>
    </Drawer.Trigger>
    <Drawer.Content>
      <DrawerForm {...form} />
    </Drawer.Content>
  </Drawer>
)
