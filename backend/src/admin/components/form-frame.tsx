import { Button, Heading, Text } from "@medusajs/ui"
import type { ComponentType, FormEventHandler, ReactNode } from "react"
import { useT } from "../i18n/use-t"

type Part = ComponentType<{ asChild?: boolean; className?: string; children?: ReactNode }>

/** The parts of a Medusa UI overlay (Drawer or FocusModal) a form is laid out in. */
export type OverlayParts = {
  Header: Part
  Title: Part
  Body: Part
  Description: Part
  Footer: Part
  Close: Part
}

type FormFrameProps = {
  parts: OverlayParts
  title: string
  description: string
  onSubmit: FormEventHandler<HTMLFormElement>
  pending: boolean
  submitLabel: string
  submitTestId: string
  submitDisabled?: boolean
  testId?: string
  /** classes of the heading and of the column holding description and fields */
  headingClassName?: string
  columnClassName: string
  children: ReactNode
}

/** A form inside a drawer or full-screen modal: title, description, fields, cancel and submit. */
export const FormFrame = ({
  parts: P,
  title,
  description,
  onSubmit,
  pending,
  submitLabel,
  submitTestId,
  submitDisabled,
  testId,
  headingClassName,
  columnClassName,
  children,
}: FormFrameProps) => {
  const t = useT()
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex h-full flex-col overflow-hidden"
      data-testid={testId}
    >
      <P.Header>
        <P.Title asChild>
          <Heading level="h2" className={headingClassName}>
            {title}
          </Heading>
        </P.Title>
      </P.Header>
      <P.Body className="flex-1 overflow-y-auto">
        <div className={columnClassName}>
          <P.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </P.Description>
          {children}
        </div>
      </P.Body>
      <P.Footer>
        <P.Close asChild>
          <Button type="button" size="small" variant="secondary" disabled={pending}>
            {t("common.cancel")}
          </Button>
        </P.Close>
        <Button
          type="submit"
          size="small"
          isLoading={pending}
          disabled={submitDisabled}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>
      </P.Footer>
    </form>
  )
}
