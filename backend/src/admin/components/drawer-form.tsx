import { Drawer } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { FormFrame } from "./form-frame"

type DrawerFormProps = Omit<ComponentProps<typeof FormFrame>, "parts" | "columnClassName">

/** The content of a drawer holding a form: title, description, fields, cancel and submit. */
export const DrawerForm = (props: DrawerFormProps) => (
  <FormFrame {...props} parts={Drawer} columnClassName="flex flex-col gap-y-4" />
)
