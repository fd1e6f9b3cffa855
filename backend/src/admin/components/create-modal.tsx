import type { ReactNode } from "react"
import type { FieldValues, UseFormReturn } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { useT } from "../i18n/use-t"
import { useFormSubmit } from "../lib/forms"
import { useNotify } from "../lib/notify"
import { FormModal, useModalState } from "./form-modal"

/** The resources created in a modal: their messages are `${resource}.create…`, their pages `/${resource}s/:id`. */
type Resource = "town" | "partner" | "unit"

type CreateMutation<B, R> = {
  mutate: (
    body: B,
    callbacks: { onSuccess: (data: R) => void; onError: (error: unknown) => void }
  ) => void
  isPending: boolean
}

type CreateModalProps<V extends FieldValues, B, R> = {
  resource: Resource
  form: UseFormReturn<V>
  /** the form's values as the modal opens */
  empty: () => V
  toBody: (values: V) => B
  mutation: CreateMutation<B, R>
  /** the record the response names */
  created: (data: R) => { id: string; name: string }
  /** the form's fields */
  children: ReactNode
}

/**
 * A "新建…" button and its full-screen form: starts empty each time it
 * opens, creates the record, then opens its page.
 */
export const CreateModal = <V extends FieldValues, B, R>({
  resource,
  form,
  empty,
  toBody,
  mutation,
  created,
  children,
}: CreateModalProps<V, B, R>) => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const modal = useModalState(() => form.reset(empty()))
  const onSubmit = useFormSubmit(form, (values) =>
    mutation.mutate(toBody(values), {
      onSuccess: (data) => {
        const record = created(data)
        notify.success(`${resource}.created`, { name: record.name })
        modal.close()
        navigate(`/${resource}s/${record.id}`)
      },
      onError: (error) => notify.error(error, "common.createFailed"),
    })
  )

  return (
    <FormModal
      {...modal}
      triggerLabel={t(`${resource}.create`)}
      triggerTestId={`${resource}-create`}
      title={t(`${resource}.createTitle`)}
      description={t(`${resource}.createDescription`)}
      submitTestId={`${resource}-submit`}
      pending={mutation.isPending}
      onSubmit={onSubmit}
    >
      {children}
    </FormModal>
  )
}
