import { Button, Drawer, Heading, Text } from "@medusajs/ui"
import type { FormEventHandler, ReactNode } from "react"
import { useT } from "../i18n/use-t"

type DrawerFormProps = {
  title: string
  description: string
  onSubmit: FormEventHandler<HTMLFormElement>
  pending: boolean
  testId: string
  submitLabel: string
  submitTestId: string
  submitDisabled?: boolean
  children: ReactNode
}

/** The content of a drawer holding a form: title, description, fields, cancel and submit. */
export const DrawerForm = ({
  title,
  description,
  onSubmit,
  pending,
  testId,
  submitLabel,
  submitTestId,
  submitDisabled,
  children,
}: DrawerFormProps) => {
  const t = useT()
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex h-full flex-col overflow-hidden"
      data-testid={testId}
    >
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading level="h2">{title}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex-1 overflow-y-auto">
        <div className="flex flex-col gap-y-4">
          <Drawer.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </Drawer.Description>
          {children}
        </div>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" size="small" variant="secondary" disabled={pending}>
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button
          type="submit"
          size="small"
          isLoading={pending}
          disabled={submitDisabled}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>
      </Drawer.Footer>
    </form>
  )
}
